// Shared set-up for the quiz integration tests: real rows in the test's own SQLite file.
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { loadQuestionBanks, seedQuizContent } from "@/prisma/seed-quiz";
import { toActor, type Actor } from "@/lib/server/actor";
import { parseInstance } from "@/lib/quiz/generators";
import { parseStoredQuestion, type QuizResponse } from "@/lib/quiz/question-types";

export async function seedContent() {
  const decks = loadDecks();
  const banks = loadQuestionBanks(decks);
  await seedDecks(db, decks);
  await seedQuizContent(db, banks);
}

let n = 0;
export async function makeUser(role: "student" | "instructor" = "student"): Promise<Actor> {
  n++;
  const u = await db.user.create({
    data: {
      email: `${role}-${n}-${Date.now()}@example.edu`,
      name: `${role} ${n}`,
      passwordHash: "x",
      role,
      timeZone: "Europe/Berlin",
    },
  });
  return toActor(u);
}

/** A class taught by `teacher` with `students` enrolled, and a quiz of the given bank questions. */
export async function makeClassQuiz(
  teacher: Actor,
  students: Actor[],
  settings: Partial<{
    openAt: Date | null;
    closeAt: Date | null;
    timeLimitSec: number | null;
    maxAttempts: number | null;
    gradingRule: string;
    reviewPolicy: string;
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
  }> = {},
  questionKeys = ["pe-def-meaning", "pe-share-term", "pe-methods-order", "gen:mlp-params"],
) {
  n++;
  const cls = await db.class.create({
    data: { name: `Class ${n}`, instructorId: teacher.id, joinCode: `CODE${n}${Date.now()}` },
  });
  for (const s of students) await db.enrollment.create({ data: { classId: cls.id, userId: s.id } });
  const questions = await db.question.findMany({ where: { key: { in: questionKeys } } });
  const quiz = await db.quiz.create({
    data: {
      title: `Quiz ${n}`,
      classId: cls.id,
      createdById: teacher.id,
      ...settings,
      items: {
        create: questionKeys.map((k, i) => ({
          questionId: questions.find((q) => q.key === k)!.id,
          position: i + 1,
          points: 1,
        })),
      },
    },
  });
  return { cls, quiz };
}

/** The right (or a wrong) response for one attempt answer, read from the database as only a test may. */
export async function responseFor(attemptId: string, quizItemId: string, right: boolean): Promise<QuizResponse> {
  const a = await db.attemptAnswer.findUniqueOrThrow({
    where: { attemptId_quizItemId: { attemptId, quizItemId } },
    include: { quizItem: { include: { question: true } } },
  });
  const q = a.quizItem.question;
  if (q.type === "generated") {
    const inst = parseInstance(a.instance);
    return String(right ? inst.answer : inst.answer + 7);
  }
  const g = parseStoredQuestion(q.type, q.data, q.answer);
  switch (g.type) {
    case "single":
      return right ? g.answer : g.options.find((o) => o.id !== g.answer)!.id;
    case "multiple":
      return right ? g.answer : g.options.filter((o) => !g.answer.includes(o.id)).map((o) => o.id);
    case "numeric":
      return String(right ? g.answer : g.answer * 2 + 1);
    case "text":
      return right ? g.answer[0] : "definitely not it";
    case "ordering":
      return right ? g.answer : [...g.answer].reverse();
  }
}

export async function itemIdsOf(attemptId: string) {
  return (await db.attemptAnswer.findMany({ where: { attemptId }, select: { quizItemId: true } })).map(
    (a) => a.quizItemId,
  );
}

export const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);
