import "server-only";
import { db } from "@/lib/db";
import { chooseGrade, type GradingRule } from "@/lib/quiz/grading-rule";
import { attemptsLeft, quizWindow } from "@/lib/quiz/rules";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { canTakeQuiz } from "@/lib/server/quiz-access";
import { closeExpired } from "@/lib/server/quiz-grading";

const quizFields = {
  id: true,
  key: true,
  title: true,
  description: true,
  isPractice: true,
  classId: true,
  openAt: true,
  closeAt: true,
  timeLimitSec: true,
  maxAttempts: true,
  gradingRule: true,
  reviewPolicy: true,
  layout: true,
  class: { select: { name: true } },
  _count: { select: { items: { where: { position: { gt: 0 } } } } },
} as const;

async function attemptsOf(userId: string, quizIds: string[]) {
  return db.attempt.findMany({
    where: { userId, quizId: { in: quizIds } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      quizId: true,
      number: true,
      status: true,
      score: true,
      maxScore: true,
      startedAt: true,
      submittedAt: true,
      autoSubmitted: true,
      deadlineAt: true,
    },
  });
}

type QuizRow = {
  id: string;
  openAt: Date | null;
  closeAt: Date | null;
  maxAttempts: number | null;
  gradingRule: string;
};

function summarize(quiz: QuizRow, attempts: Awaited<ReturnType<typeof attemptsOf>>, now: Date) {
  const mine = attempts.filter((a) => a.quizId === quiz.id);
  const inProgress = mine.find((a) => a.status === "in_progress") ?? null;
  const left = attemptsLeft(quiz.maxAttempts, mine.length);
  const window = quizWindow(quiz, now);
  return {
    window,
    attempts: mine,
    inProgressId: inProgress?.id ?? null,
    attemptsLeft: left,
    canStart: !inProgress && window === "open" && left !== 0,
    /** the grade the quiz records (0–1) under its grading rule, or null */
    grade: chooseGrade(mine, quiz.gradingRule as GradingRule),
  };
}

/** The practice quizzes plus the quizzes of every class the student is enrolled in. */
export async function listQuizzesForStudent(actor: Actor, now = new Date()) {
  assertSignedIn(actor);
  await closeExpired({ userId: actor.id }, now);
  const quizzes = await db.quiz.findMany({
    where: {
      OR: [
        { isPractice: true },
        { class: { archivedAt: null, enrollments: { some: { userId: actor.id, removedAt: null } } } },
      ],
    },
    orderBy: [{ isPractice: "desc" }, { closeAt: "asc" }, { createdAt: "desc" }],
    select: quizFields,
  });
  const live = quizzes.filter((q) => q._count.items > 0);
  const attempts = await attemptsOf(
    actor.id,
    live.map((q) => q.id),
  );
  return live.map(({ _count, class: cls, ...q }) => ({
    ...q,
    className: cls?.name ?? null,
    questionCount: _count.items,
    ...summarize(q, attempts, now),
  }));
}
export type StudentQuizSummary = Awaited<ReturnType<typeof listQuizzesForStudent>>[number];

/** One quiz's rules and this student's attempts; `idOrKey` also accepts "practice". */
export async function getQuizOverview(actor: Actor, idOrKey: string, now = new Date()) {
  assertSignedIn(actor);
  const quiz = await db.quiz.findFirst({ where: { OR: [{ id: idOrKey }, { key: idOrKey }] }, select: quizFields });
  if (!quiz || !(await canTakeQuiz(actor, quiz)))
    throw notFound("There is no such quiz, or it belongs to a class you are not in.");
  await closeExpired({ userId: actor.id, quizId: quiz.id }, now);
  const attempts = await attemptsOf(actor.id, [quiz.id]);
  const { _count, class: cls, ...q } = quiz;
  return { ...q, className: cls?.name ?? null, questionCount: _count.items, ...summarize(q, attempts, now) };
}
