import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { createUser } from "@/lib/server/users";
import { recordGrade, undoGrade } from "@/lib/server/study";
import { getStudyQueue } from "@/lib/server/study-queue";
import { gradeSchema } from "@/lib/validation/study";
import { parseSnapshot } from "@/lib/srs/snapshot";
import type { Actor } from "@/lib/server/actor";
import { ALL_CARDS } from "../support/content";

let n = 0;
async function student(timeZone = "Europe/Berlin"): Promise<Actor> {
  return createUser({
    name: "S",
    email: `s${++n}-${randomUUID().slice(0, 6)}@example.edu`,
    password: "abcdefg1",
    role: "student",
    timeZone,
  });
}
const grade = (cardId: string, rating: number, extra: Record<string, unknown> = {}) =>
  gradeSchema.parse({ id: randomUUID(), cardId, rating, reviewedAt: new Date().toISOString(), ...extra });
const stateOf = (userId: string, cardId: string) =>
  db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });

let cards: { id: string; key: string }[] = [];
beforeAll(async () => {
  await seedDecks(db, loadDecks());
  cards = await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true, key: true } });
});

describe("grades on a real SQLite file", () => {
  it("stores the same grade id once, and answers a repeat with the same response", async () => {
    const me = await student();
    const g = grade(cards[0].id, 3);
    const first = await recordGrade(me, g);
    const again = await recordGrade(me, g);
    expect(again).toEqual(first);
    expect(await db.reviewLog.count({ where: { id: g.id } })).toBe(1);
    expect((await stateOf(me.id, cards[0].id))?.reps).toBe(1);
    // Even when the two copies race each other (a retry while the first is in flight).
    const h = grade(cards[1].id, 4);
    const both = await Promise.all([recordGrade(me, h), recordGrade(me, h)]);
    expect(both[1]).toEqual(both[0]);
    expect(await db.reviewLog.count({ where: { userId: me.id, cardId: cards[1].id } })).toBe(1);
    expect((await stateOf(me.id, cards[1].id))?.reps).toBe(1);
  });

  it("lands two quick grades of one card (two tabs) in order: both logged, the later one wins", async () => {
    const me = await student();
    const card = cards[2].id;
    const [a, b] = [grade(card, 1), grade(card, 3)];
    await Promise.all([recordGrade(me, a), recordGrade(me, b)]);
    const logs = await db.reviewLog.findMany({ where: { userId: me.id, cardId: card }, orderBy: { createdAt: "asc" } });
    expect(logs).toHaveLength(2);
    // A chain, not two grades applied to the same starting state: the second started where the first ended.
    const [first, second] = parseSnapshot(logs[0].stateBefore) === null ? [logs[0], logs[1]] : [logs[1], logs[0]];
    expect(parseSnapshot(first.stateBefore)).toBeNull();
    expect(second.stateBefore).toBe(first.stateAfter);
    const row = await stateOf(me.id, card);
    expect(row).toMatchObject({ reps: 2, version: 2 });
    expect(parseSnapshot(second.stateAfter)).toMatchObject({ reps: 2, due: row!.due.toISOString() });
  });

  it("undo restores the exact previous state, and a new card becomes new again", async () => {
    const me = await student();
    const card = cards[3].id;
    const g1 = grade(card, 3);
    await recordGrade(me, g1);
    const afterFirst = await stateOf(me.id, card);
    const g2 = grade(card, 1);
    await recordGrade(me, g2);
    const undone = await undoGrade(me, { id: g2.id });
    const restored = await stateOf(me.id, card);
    const { id: _a, version: _v, updatedAt: _u, ...was } = afterFirst!;
    const { id: _b, version: _w, updatedAt: _x, ...now } = restored!;
    expect(now).toEqual(was);
    expect(undone.state).toEqual(
      parseSnapshot((await db.reviewLog.findUniqueOrThrow({ where: { id: g1.id } })).stateAfter),
    );
    expect(await undoGrade(me, { id: g2.id })).toEqual(undone); // repeating is harmless
    await undoGrade(me, { id: g1.id });
    expect(await stateOf(me.id, card)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: me.id, undoneAt: null } })).toBe(0);
  });

  it("refuses to undo a grade that a later grade built on, and someone else's grade", async () => {
    const me = await student();
    const other = await student();
    const g1 = grade(cards[4].id, 3);
    await recordGrade(me, g1);
    await recordGrade(me, grade(cards[4].id, 3));
    await expect(undoGrade(me, { id: g1.id })).rejects.toMatchObject({ status: 409 });
    await expect(undoGrade(other, { id: g1.id })).rejects.toMatchObject({ status: 404 });
    await expect(recordGrade(other, { ...g1 })).rejects.toMatchObject({ status: 409 });
    expect((await stateOf(me.id, cards[4].id))?.reps).toBe(2);
  });

  it("practice leaves the schedule untouched but is logged as practice", async () => {
    const me = await student();
    const card = cards[5].id;
    await recordGrade(me, grade(card, 3));
    const before = await stateOf(me.id, card);
    const p = await recordGrade(me, grade(card, 1, { mode: "practice" }));
    expect(p.mode).toBe("practice");
    expect(await stateOf(me.id, card)).toEqual(before);
    await recordGrade(me, grade(cards[6].id, 4, { mode: "practice" }));
    expect(await stateOf(me.id, cards[6].id)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: me.id, mode: "practice" } })).toBe(2);
  });

  it("builds today's queue under the daily new-card limit, counting cards started today", async () => {
    const me = await student("America/New_York");
    await db.user.update({ where: { id: me.id }, data: { newCardsPerDay: 4 } });
    let q = await getStudyQueue(me, { mode: "review" });
    expect(q.queue.map((c) => c.key)).toEqual(cards.slice(0, 4).map((c) => c.key));
    await recordGrade(me, grade(cards[0].id, 4)); // Easy: graduates, due in days
    await recordGrade(me, grade(cards[1].id, 1)); // Again: a learning step, due again today
    q = await getStudyQueue(me, { mode: "review" });
    expect(q.introducedToday).toBe(2);
    expect(q.queue.map((c) => c.key)).toEqual([cards[2].key, cards[3].key, cards[1].key]);
    const practice = await getStudyQueue(me, { mode: "practice" });
    expect(practice.queue).toHaveLength(ALL_CARDS.length); // every card, new or not
  });

  it("refuses an unknown card and bad input with a clear message, storing nothing", async () => {
    const me = await student();
    await expect(recordGrade(me, grade("no-such-card", 3))).rejects.toMatchObject({ status: 404 });
    expect(
      gradeSchema.safeParse({ id: "nope", cardId: cards[0].id, rating: 3, reviewedAt: new Date().toISOString() })
        .success,
    ).toBe(false);
    const bad = gradeSchema.safeParse({
      id: randomUUID(),
      cardId: cards[0].id,
      rating: 5,
      reviewedAt: new Date().toISOString(),
    });
    expect(bad.success || bad.error.issues[0].message).toMatch(/Again \(1\)/);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("progress and settings (real SQLite file)", () => {
  it("counts today's reviews on the learner's local day, excludes undone grades and other students", async () => {
    const { getStudyStats } = await import("@/lib/server/study-stats");
    const me = await student("Pacific/Kiritimati"); // UTC+14: its "today" is often the UTC tomorrow
    const other = await student();
    await recordGrade(other, grade(cards[0].id, 3));
    await recordGrade(me, grade(cards[0].id, 4));
    await recordGrade(me, grade(cards[1].id, 1, { mode: "practice" }));
    const undone = grade(cards[2].id, 3);
    await recordGrade(me, undone);
    await undoGrade(me, { id: undone.id });
    const s = await getStudyStats(me);
    const todayCell = s.heatmap.find((d) => d.day === s.today);
    expect(todayCell).toEqual({ day: s.today, reviews: 2, practice: 1 });
    expect(s.totalReviews).toBe(2);
    expect(s.streak).toBe(1);
    expect(s.byState).toEqual({ new: ALL_CARDS.length - 1, learning: 0, review: 1, relearning: 0 });
    expect(s.forecast.reduce((n, d) => n + d.due, 0)).toBe(1);
  });

  it("saves valid study settings and refuses out-of-range ones with a clear message", async () => {
    const { studySettingsSchema } = await import("@/lib/validation/study");
    const { updateStudySettings, getStudySettings } = await import("@/lib/server/study-settings");
    const me = await student();
    const bad = studySettingsSchema.safeParse({
      desiredRetention: "0.99",
      newCardsPerDay: "-1",
      timeZone: "Mars/Base",
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      "Choose a retention between 0.70 and 0.97.",
      "New cards a day cannot be negative.",
      "Choose a time zone from the list.",
    ]);
    await updateStudySettings(
      me,
      studySettingsSchema.parse({ desiredRetention: "0.85", newCardsPerDay: "5", timeZone: "Asia/Tokyo" }),
    );
    expect(await getStudySettings(me)).toEqual({ desiredRetention: 0.85, newCardsPerDay: 5, timeZone: "Asia/Tokyo" });
  });
});
