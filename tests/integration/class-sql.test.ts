import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cardStates,
  classSql,
  countsBetween,
  lastReviews,
  quizAnswerMarks,
  windowByStudentAndCard,
} from "@/lib/server/class-sql";
import { cardState, makeCards, makeQuiz, makeUser, review, submitAttempt } from "./class-fixtures";

// Every raw SQL statement of the app (lib/server/class-sql.ts), run on the database of this pass
// — SQLite, and PostgreSQL under `npm run test:pg` — with rows whose answers are worked out by hand.
// Bound dates, conditional sums, correlated subqueries, UNION ALL and the bigint/Date/text values
// each database returns are where the two differ.
const t = (iso: string) => new Date(iso);
let classId: string,
  other: string,
  ana: string,
  ben: string,
  gone: string,
  cards: { id: string }[],
  quizId: string,
  items: string[];

beforeAll(async () => {
  const teacher = await makeUser("instructor");
  [ana, ben, gone] = [(await makeUser("student")).id, (await makeUser("student")).id, (await makeUser("student")).id];
  const [outsider, quiet] = [(await makeUser("student")).id, (await makeUser("student")).id];
  classId = (await db.class.create({ data: { name: "SQL", instructorId: teacher.id, joinCode: `SQL${Date.now()}` } }))
    .id;
  other = (await db.class.create({ data: { name: "Other", instructorId: teacher.id, joinCode: `OTH${Date.now()}` } }))
    .id;
  await db.enrollment.createMany({
    data: [
      { classId, userId: ana },
      { classId, userId: ben },
      { classId, userId: gone, removedAt: t("2026-03-02T00:00:00Z") },
      { classId: other, userId: outsider },
      { classId: other, userId: quiet },
    ],
  });
  const made = await makeCards(2);
  cards = made.cards;
  const [c1, c2] = cards.map((c) => c.id);
  // Ana: in the window two review-state grades on c1 (one Again) and a practice grade; one undone grade; one before the window.
  await review(ana, c1, t("2026-03-10T09:00:00Z"), 3, 2);
  await review(ana, c1, t("2026-03-11T09:00:00Z"), 1, 2);
  await review(ana, c1, t("2026-03-11T10:00:00Z"), 4, 2, { mode: "practice" });
  await review(ana, c2, t("2026-03-12T09:00:00Z"), 3, 0);
  await review(ana, c2, t("2026-03-12T23:00:00Z"), 2, 1, { undoneAt: t("2026-03-12T23:01:00Z") });
  await review(ana, c1, t("2026-02-01T09:00:00Z"), 3, 2);
  // Ben: one learning-state Again in the window. Removed and outside students must never count.
  await review(ben, c2, t("2026-03-11T12:00:00Z"), 1, 1);
  await review(gone, c1, t("2026-03-11T12:00:00Z"), 3, 2);
  await review(outsider, c1, t("2026-03-11T12:00:00Z"), 3, 2);
  await cardState(ana, c1, t("2026-03-15T00:00:00Z"), 2, { reps: 4 });
  await cardState(ben, c2, t("2026-03-12T00:00:00Z"), 1, { reps: 1 });
  await cardState(gone, c1, t("2026-03-15T00:00:00Z"), 2);
  const quiz = await makeQuiz(classId, made.deck.id, [1, 2]);
  quizId = quiz.quiz.id;
  items = quiz.items.map((i) => i.id);
  await submitAttempt(quizId, ana, 1, items, [1, 0.5], 3);
  await submitAttempt(quizId, ben, 1, items, [0, null], 3);
  await submitAttempt(quizId, gone, 1, items, [1, 1], 3);
  await db.attempt.create({ data: { quizId, userId: ben, number: 2, seed: 2 } }); // in progress: not counted
});

describe("the class statistics' raw SQL", () => {
  it("window: grades per (student, card) since a date, with the retention base, passes and Agains", async () => {
    const rows = await windowByStudentAndCard(classId, t("2026-03-01T00:00:00Z"));
    const c1 = cards[0].id;
    const key = (r: { userId: string; cardId: string }) =>
      `${r.userId === ana ? "ana" : "ben"}:${r.cardId === c1 ? "c1" : "c2"}`;
    expect(Object.fromEntries(rows.map((r) => [key(r), [r.reviews, r.base, r.passed, r.graded, r.again]]))).toEqual({
      "ana:c1": [3, 2, 1, 2, 1],
      "ana:c2": [1, 0, 0, 1, 0],
      "ben:c2": [1, 0, 0, 1, 1],
    });
    expect(rows.every((r) => typeof r.reviews === "number" && typeof r.again === "number")).toBe(true);
  });

  it("lastReviews: each current student's latest grade that was not undone, or null", async () => {
    const last = await lastReviews(classId);
    expect(last.get(ana)?.toISOString()).toBe("2026-03-12T09:00:00.000Z");
    expect(last.get(ben)?.toISOString()).toBe("2026-03-11T12:00:00.000Z");
    expect(last.has(gone)).toBe(false);
    const others = [...(await lastReviews(other)).values()].map((d) => d?.toISOString() ?? null).sort();
    expect(others).toEqual(["2026-03-11T12:00:00.000Z", null]);
  });

  it("countsBetween: grades in each [bound, next bound), undone and other classes left out", async () => {
    const bounds = ["2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", "2026-03-12T00:00:00Z", "2026-03-13T00:00:00Z"].map(
      t,
    );
    expect(await countsBetween(classId, bounds)).toEqual([1, 3, 1]);
    expect(await countsBetween(classId, bounds.slice(0, 1))).toEqual([]);
  });

  it("cardStates: the current students' card states as dates and numbers", async () => {
    const rows = (await cardStates(classId)).sort((a, b) => a.reps - b.reps);
    expect(rows.map((r) => [r.userId === ana ? "ana" : "ben", r.due.toISOString(), r.state, r.reps])).toEqual([
      ["ben", "2026-03-12T00:00:00.000Z", 1, 1],
      ["ana", "2026-03-15T00:00:00.000Z", 2, 4],
    ]);
  });

  it("quizAnswerMarks: the marks of submitted attempts by current students only", async () => {
    const rows = await quizAnswerMarks(classId, quizId);
    const attempts = await db.attempt.findMany({ where: { quizId }, select: { id: true, userId: true } });
    const who = new Map(attempts.map((a) => [a.id, a.userId === ana ? "ana" : a.userId === ben ? "ben" : "gone"]));
    const marks = rows.map((r) => [who.get(r.attemptId), items.indexOf(r.quizItemId), r.score]).sort();
    expect(marks).toEqual([
      ["ana", 0, 1],
      ["ana", 1, 0.5],
      ["ben", 0, 0],
    ]);
  });

  it("covers every statement in classSql (a new one needs its case here)", () => {
    expect(Object.keys(classSql).sort()).toEqual([
      "cardStates",
      "countsBetween",
      "lastReviews",
      "quizAnswerMarks",
      "window",
    ]);
  });
});
