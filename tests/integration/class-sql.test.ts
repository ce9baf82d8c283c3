import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classSql, quizMarks, roster, runCounts, submittedAttempts } from "@/lib/server/class-sql";
import {
  cardWindow,
  lapsesPerCard,
  reviewsPerDay,
  rollupSql,
  studentRows,
  zoneBounds,
} from "@/lib/server/class-rollup";
import { cardState, makeCards, makeQuiz, makeUser, review, submitAttempt } from "./class-fixtures";

// Every raw SQL statement of the class pages (lib/server/class-sql.ts, class-rollup.ts), run on the database of this pass
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
  const run = (userId: string, slug: string, at: string) =>
    db.experimentRun.create({
      data: {
        id: `${userId}-${slug}-${at}`,
        userId,
        experimentSlug: slug,
        settings: "{}",
        backend: "cpu",
        results: "{}",
        verdict: "supported",
        durationMs: 1,
        createdAt: t(at),
      },
    });
  await run(ana, "frontier", "2026-03-05T10:00:00Z");
  await run(ana, "frontier", "2026-03-07T10:00:00Z");
  await run(ana, "memory-speed", "2026-03-06T10:00:00Z");
  await run(outsider, "frontier", "2026-03-06T10:00:00Z");
});

// Everyone here lives in UTC (makeUser's default): "the last 30 days" are 11 Feb – 12 March.
const now = t("2026-03-12T12:00:00Z");
const zones = () => zoneBounds([{ timeZone: "UTC" }], now);

describe("the class statistics' raw SQL", () => {
  it("studentRows: each current student's window (grades, retention base, passes), card states and latest grade", async () => {
    const rows = await studentRows(classId, zones());
    const window = ({ reviews, base, passed }: { reviews: number; base: number; passed: number }) => ({
      reviews,
      base,
      passed,
    });
    expect(window(rows.get(ana)!)).toEqual({ reviews: 4, base: 2, passed: 1 }); // the undone grade and the one of 1 February do not count
    expect(window(rows.get(ben)!)).toEqual({ reviews: 1, base: 0, passed: 0 });
    expect(rows.get(ana)).toMatchObject({ studied: 1, due: 0, overdue: 0 });
    expect(rows.get(ben)).toMatchObject({ studied: 1, due: 1, overdue: 0 }); // due at midnight today: due, not overdue
    expect(rows.get(ana)?.last?.toISOString()).toBe("2026-03-12T09:00:00.000Z"); // the later one was undone
    expect(rows.get(ben)?.last?.toISOString()).toBe("2026-03-11T12:00:00.000Z");
    expect(rows.has(gone)).toBe(false);
    // The other class: one student who graded, one who never did (a row of zeros and no date).
    const others = [...(await studentRows(other, zones())).values()]
      .map((r) => [r.reviews, r.studied, r.last?.toISOString() ?? null])
      .sort();
    expect(others).toEqual([
      [0, 0, null],
      [1, 0, "2026-03-11T12:00:00.000Z"],
    ]);
    expect((await studentRows(classId, [])).size).toBe(0);
  });

  it("cardWindow: review-mode grades and Agains per card, removed and outside students left out", async () => {
    const [c1, c2] = cards.map((c) => c.id);
    const rows = await cardWindow(classId, zones(), [c1, c2]);
    expect(
      Object.fromEntries(
        rows.map((r) => [r.cardId === c1 ? "c1" : r.cardId === c2 ? "c2" : r.cardId, [r.graded, r.again]]),
      ),
    ).toEqual({
      c1: [2, 1],
      c2: [2, 1],
    });
    expect((await cardWindow(classId, zones(), [c2])).map((r) => [r.graded, r.again])).toEqual([[2, 1]]); // only those asked for
    expect(await cardWindow(classId, [], [c1])).toEqual([]);
    // cardWindow runs one part per zone and card for a few cards (cardWindowByCard), the grouped
    // statement for more: both give the same numbers, and a card without rows is left out.
    const none = "no-such-card";
    for (const statement of [rollupSql.cardWindow, rollupSql.cardWindowByCard]) {
      const got = await db.$queryRaw<Record<string, unknown>[]>(statement(classId, zones(), [c1, c2, none]));
      expect(got.map((r) => [r.cardId, Number(r.graded), Number(r.again)]).sort()).toEqual(
        [
          [c1, 2, 1],
          [c2, 2, 1],
        ].sort(),
      );
    }
  });

  it("reviewsPerDay: grades per local day between two days, undone and other classes left out", async () => {
    const perDay = await reviewsPerDay(classId, "2026-03-10", "2026-03-12");
    expect(Object.fromEntries(perDay)).toEqual({ "2026-03-10": 1, "2026-03-11": 3, "2026-03-12": 1 });
  });

  it("lapsesPerCard: the current students' card states, counted in the database", async () => {
    const lapses = await lapsesPerCard(classId);
    expect(lapses.map((l) => [l.cardId === cards[0].id ? "c1" : "c2", l.lapses, l.studiedBy]).sort()).toEqual([
      ["c1", 0, 1],
      ["c2", 0, 1],
    ]);
  });

  it("roster, runCounts, submittedAttempts: plain rows of the current students only", async () => {
    const students = await roster(classId);
    expect(students.map((s) => s.id).sort()).toEqual([ana, ben].sort());
    expect(students.every((s) => s.joinedAt instanceof Date && s.timeZone === "UTC")).toBe(true);
    const runs = (await runCounts(classId))
      .map((r) => [r.userId === ana, r.slug, r.runs, r.last?.toISOString()])
      .sort();
    expect(runs).toEqual([
      [true, "frontier", 2, "2026-03-07T10:00:00.000Z"],
      [true, "memory-speed", 1, "2026-03-06T10:00:00.000Z"],
    ]);
    const attempts = await submittedAttempts(classId, [quizId]);
    expect(attempts.map((a) => [a.userId === ana ? "ana" : "ben", a.number, a.score, a.maxScore]).sort()).toEqual([
      ["ana", 1, 1.5, 3],
      ["ben", 1, 0, 3],
    ]);
    expect(attempts.every((a) => a.submittedAt instanceof Date)).toBe(true);
    expect(await submittedAttempts(classId, [])).toEqual([]);
  });

  it("quizMarks: one row per submitted attempt by a current student, a column per item, blanks as 0", async () => {
    const marks = await quizMarks(classId, quizId, items);
    const attempts = await db.attempt.findMany({ where: { quizId }, select: { id: true, userId: true } });
    const who = new Map(attempts.map((a) => [a.id, a.userId === ana ? "ana" : a.userId === ben ? "ben" : "gone"]));
    expect([...marks].map(([id, m]) => [who.get(id), m]).sort()).toEqual([
      ["ana", [1, 0.5]],
      ["ben", [0, 0]],
    ]);
    expect([...(await quizMarks(classId, quizId, [...items].reverse()))].map(([, m]) => m).sort()).toEqual([
      [0, 0],
      [0.5, 1],
    ]);
    expect((await quizMarks(classId, quizId, [])).size).toBe(0);
  });

  it("covers every statement in classSql and rollupSql (a new one needs its case here)", () => {
    expect(Object.keys(classSql).sort()).toEqual(["attempts", "quizMarks", "roster", "runs"]);
    expect(Object.keys(rollupSql).sort()).toEqual([
      "cardWindow",
      "cardWindowByCard",
      "lapsesPerCard",
      "perDay",
      "studentRows",
    ]);
  });
});
