// Test data for the class integration tests, written straight to the test's SQLite file.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toActor, type Actor } from "@/lib/server/actor";
import { rollupStatements } from "@/lib/server/review-day";

let n = 0;
export async function makeUser(
  role: "student" | "instructor",
  opts: { name?: string; timeZone?: string } = {},
): Promise<Actor> {
  n++;
  const u = await db.user.create({
    data: {
      email: `${role}-${n}-${randomUUID().slice(0, 6)}@example.edu`,
      name: opts.name ?? `${role} ${n}`,
      role,
      passwordHash: "x",
      timeZone: opts.timeZone ?? "UTC",
    },
  });
  return toActor(u);
}

export async function makeCards(count = 3) {
  const deck = await db.deck.upsert({
    where: { slug: "fixture" },
    create: { slug: "fixture", title: "Fixture", description: "" },
    update: {},
  });
  const cards = [];
  for (let i = 0; i < count; i++) {
    const key = `fixture-${i}`;
    cards.push(
      await db.card.upsert({
        where: { key },
        create: { key, deckId: deck.id, kind: "fact", position: i + 1, title: `Card ${i + 1}`, front: "Q", back: "A" },
        update: {},
      }),
    );
  }
  return { deck, cards };
}

export async function review(
  userId: string,
  cardId: string,
  at: Date,
  rating: number,
  prevState = 2,
  extra: { mode?: string; undoneAt?: Date } = {},
) {
  // A log written straight to the table, with the per-day counts the grade path keeps beside it
  // (lib/server/review-day.ts): an undone grade counts nowhere, as after a real undo.
  const data = {
    id: randomUUID(),
    userId,
    cardId,
    rating,
    prevState,
    reviewedAt: at,
    stateBefore: "{}",
    stateAfter: "{}",
    mode: extra.mode ?? "review",
    undoneAt: extra.undoneAt ?? null,
  };
  const { timeZone } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const [log] = await db.$transaction([
    db.reviewLog.create({ data }),
    ...(data.undoneAt ? [] : rollupStatements(db, data, timeZone)),
  ]);
  return log;
}

export async function cardState(
  userId: string,
  cardId: string,
  due: Date,
  state = 2,
  extra: { reps?: number; lapses?: number } = {},
) {
  return db.cardState.create({
    data: { userId, cardId, due, state, stability: 5, difficulty: 5, reps: extra.reps ?? 3, lapses: extra.lapses ?? 0 },
  });
}

/** A class quiz whose items are worth `points`, with questions made for it. */
export async function makeQuiz(
  classId: string,
  deckId: string,
  points: number[],
  gradingRule = "highest",
  title = "Quiz",
) {
  const quiz = await db.quiz.create({ data: { title, classId, gradingRule } });
  const items = [];
  for (let i = 0; i < points.length; i++) {
    const q = await db.question.create({
      data: {
        key: `fixture-q-${randomUUID()}`,
        deckId,
        type: "single",
        prompt: `Question **${i + 1}**`,
        points: points[i],
      },
    });
    items.push(
      await db.quizItem.create({ data: { quizId: quiz.id, questionId: q.id, position: i + 1, points: points[i] } }),
    );
  }
  return { quiz, items };
}

/** A submitted attempt with one mark per item (null = left unanswered). */
export async function submitAttempt(
  quizId: string,
  userId: string,
  number: number,
  itemIds: string[],
  marks: (number | null)[],
  maxScore: number,
  at = new Date(),
) {
  const score = marks.reduce<number>((s, m) => s + (m ?? 0), 0);
  const attempt = await db.attempt.create({
    data: { quizId, userId, number, seed: number, status: "submitted", submittedAt: at, score, maxScore },
  });
  for (let i = 0; i < itemIds.length; i++) {
    if (marks[i] === null) continue;
    await db.attemptAnswer.create({
      data: {
        attemptId: attempt.id,
        quizItemId: itemIds[i],
        response: "1",
        score: marks[i],
        maxScore: 1,
        gradedAt: at,
      },
    });
  }
  return attempt;
}
