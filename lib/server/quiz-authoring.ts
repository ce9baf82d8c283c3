import "server-only";
import { db } from "@/lib/db";
import { attemptDeadline } from "@/lib/quiz/rules";
import { dateToLocalInput, localInputToDate } from "@/lib/quiz/time-format";
import { assertTeacher, type Actor } from "@/lib/server/actor";
import { taughtBy } from "@/lib/server/class-access";
import { conflict, forbidden, invalid, notFound } from "@/lib/server/errors";
import type { QuizFormInput } from "@/lib/validation/quiz";

/**
 * The questions an instructor may put in a quiz: the shared seeded bank (no owner) and their
 * own (lib/server/questions.ts), never another instructor's.
 */
const pickable = (actor: Actor, quizId?: string) => {
  const bank = { active: true, OR: [{ ownerId: null }, { ownerId: actor.id }] };
  if (!quizId) return bank;
  // Editing a quiz of a class one co-teaches: the questions already in it stay pickable, even
  // those private to the teacher who wrote them (the teaching check is part of the filter).
  return { OR: [bank, { quizItems: { some: { quizId, quiz: { class: taughtBy(actor) } } } }] };
};

/**
 * The question bank a teacher picks from: their own questions first, then the shared bank in card
 * order. A teacher through an LMS picks from it too (assigning quizzes to their LMS class).
 */
export async function listQuestionBank(actor: Actor, opts: { quizId?: string } = {}) {
  assertTeacher(actor);
  const [questions, cards] = await Promise.all([
    db.question.findMany({
      where: pickable(actor, opts.quizId),
      select: { id: true, key: true, type: true, prompt: true, cardKey: true, points: true, data: true, ownerId: true },
    }),
    db.card.findMany({ where: { active: true }, select: { key: true, title: true, position: true } }),
  ]);
  const card = new Map(cards.map((c) => [c.key, c]));
  return questions
    .map(({ data, ownerId, ...q }) => ({
      ...q,
      generator: q.type === "generated" ? (JSON.parse(data) as { generator: string }).generator : null,
      cardTitle:
        ownerId === actor.id
          ? "Your questions"
          : ownerId
            ? "A co-teacher's questions"
            : q.cardKey
              ? (card.get(q.cardKey)?.title ?? q.cardKey)
              : "Other",
      cardPosition: ownerId ? -1 : q.cardKey ? (card.get(q.cardKey)?.position ?? 99) : 99,
    }))
    .sort(
      (a, b) =>
        a.cardPosition - b.cardPosition ||
        Number(a.type === "generated") - Number(b.type === "generated") ||
        a.key.localeCompare(b.key),
    );
}
export type BankEntry = Awaited<ReturnType<typeof listQuestionBank>>[number];

/** The quizzes of every class the actor teaches (owns or co-teaches). */
export async function listMyQuizzes(actor: Actor) {
  assertTeacher(actor);
  const quizzes = await db.quiz.findMany({
    where: { class: taughtBy(actor) },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      openAt: true,
      closeAt: true,
      timeLimitSec: true,
      maxAttempts: true,
      class: { select: { id: true, name: true, archivedAt: true } },
      _count: { select: { items: { where: { position: { gt: 0 } } }, attempts: { where: { status: "submitted" } } } },
    },
  });
  return quizzes.map(({ _count, ...q }) => ({ ...q, questionCount: _count.items, submittedCount: _count.attempts }));
}

async function ownQuiz(actor: Actor, quizId: string) {
  const quiz = await db.quiz.findFirst({ where: { id: quizId, class: taughtBy(actor) } });
  if (!quiz) throw notFound("There is no such quiz among yours.");
  return quiz;
}

/** The quiz as the edit form shows it, times in the instructor's own zone. */
export async function getQuizForEdit(actor: Actor, quizId: string) {
  assertTeacher(actor);
  const quiz = await ownQuiz(actor, quizId);
  const tz = actor.timeZone;
  const [items, attempts] = await Promise.all([
    db.quizItem.findMany({
      where: { quizId, position: { gt: 0 } },
      orderBy: { position: "asc" },
      select: { questionId: true },
    }),
    db.attempt.count({ where: { quizId } }),
  ]);
  return {
    id: quiz.id,
    classId: quiz.classId!,
    title: quiz.title,
    description: quiz.description,
    openAt: quiz.openAt ? dateToLocalInput(quiz.openAt, tz) : "",
    closeAt: quiz.closeAt ? dateToLocalInput(quiz.closeAt, tz) : "",
    timeLimitMin: quiz.timeLimitSec ? String(Math.round(quiz.timeLimitSec / 60)) : "",
    maxAttempts: quiz.maxAttempts ? String(quiz.maxAttempts) : "",
    gradingRule: quiz.gradingRule,
    reviewPolicy: quiz.reviewPolicy,
    layout: quiz.layout,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    questionIds: items.map((i) => i.questionId),
    attemptCount: attempts,
    timeZone: tz,
  };
}
export type QuizForEdit = Awaited<ReturnType<typeof getQuizForEdit>>;

/**
 * Creates or updates a quiz for one of the instructor's own classes. Once students have
 * started it, its questions and class are fixed (their attempts refer to them); times and
 * settings can still change, and open attempts get their deadlines recomputed.
 */
export async function saveQuiz(actor: Actor, input: QuizFormInput): Promise<{ quizId: string }> {
  assertTeacher(actor);
  const cls = await db.class.findFirst({
    where: { id: input.classId, ...taughtBy(actor) },
    select: { archivedAt: true },
  });
  if (!cls) throw forbidden("You can only assign quizzes to your own classes.");
  if (cls.archivedAt) throw invalid("That class is archived. Choose an active class.");
  const questions = await db.question.findMany({
    where: { id: { in: input.questionIds }, ...pickable(actor, input.quizId) },
    select: { id: true, points: true },
  });
  if (questions.length !== input.questionIds.length)
    throw invalid("Some of the chosen questions are no longer in the bank. Reload the page and choose again.");
  const points = new Map(questions.map((q) => [q.id, q.points]));
  const tz = actor.timeZone;
  const openAt = input.openAt ? localInputToDate(input.openAt, tz) : null;
  const closeAt = input.closeAt ? localInputToDate(input.closeAt, tz) : null;
  // The schema refuses impossible dates; a time given must never be stored as "no time".
  if ((input.openAt && !openAt) || (input.closeAt && !closeAt)) throw invalid("That date does not exist.");
  const fields = {
    title: input.title,
    description: input.description,
    classId: input.classId,
    openAt,
    closeAt,
    timeLimitSec: input.timeLimitMin ? input.timeLimitMin * 60 : null,
    maxAttempts: input.maxAttempts,
    gradingRule: input.gradingRule,
    reviewPolicy: input.reviewPolicy,
    layout: input.layout,
    shuffleQuestions: input.shuffleQuestions,
    shuffleOptions: input.shuffleOptions,
  };
  const items = input.questionIds.map((questionId, i) => ({
    questionId,
    position: i + 1,
    points: points.get(questionId)!,
  }));
  if (!input.quizId) {
    const quiz = await db.quiz.create({
      data: { ...fields, createdById: actor.id, items: { create: items } },
      select: { id: true },
    });
    return { quizId: quiz.id };
  }
  const quizId = input.quizId;
  const existing = await ownQuiz(actor, quizId);
  return db.$transaction(async (tx) => {
    const started = await tx.attempt.count({ where: { quizId } });
    if (started) {
      const live = await tx.quizItem.findMany({
        where: { quizId, position: { gt: 0 } },
        orderBy: { position: "asc" },
        select: { questionId: true },
      });
      if (live.map((i) => i.questionId).join() !== input.questionIds.join()) {
        throw conflict(
          "Students have already started this quiz, so its questions can no longer change. You can still change its times and settings.",
        );
      }
      if (existing.classId !== input.classId)
        throw conflict("Students have already started this quiz, so it cannot move to another class.");
    }
    await tx.quiz.update({ where: { id: quizId }, data: fields });
    if (!started) {
      await tx.quizItem.deleteMany({ where: { quizId } });
      await tx.quizItem.createMany({ data: items.map((i) => ({ ...i, quizId })) });
    }
    // Open attempts follow the new time limit and close time.
    const open = await tx.attempt.findMany({
      where: { quizId, status: "in_progress" },
      select: { id: true, startedAt: true },
    });
    for (const a of open)
      await tx.attempt.update({ where: { id: a.id }, data: { deadlineAt: attemptDeadline(a.startedAt, fields) } });
    return { quizId };
  });
}
