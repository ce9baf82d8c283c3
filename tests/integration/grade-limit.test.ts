import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { createUser } from "@/lib/server/users";
import { recordGrade } from "@/lib/server/study";
import { LIMITS } from "@/lib/server/throttle";
import { gradeSchema } from "@/lib/validation/study";
import type { Actor } from "@/lib/server/actor";

// The grade's per-user rate, counted inside the grade's own write (lib/server/grade-limit.ts).
const grade = (cardId: string, extra: Record<string, unknown> = {}) =>
  gradeSchema.parse({ id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString(), ...extra });
const student = (): Promise<Actor> =>
  createUser({ name: "L", email: `l-${randomUUID().slice(0, 8)}@example.edu`, password: "abcdefg1", role: "student" });
const windowOf = (userId: string) => db.rateLimit.findUnique({ where: { key: `reviews:${userId}` } });

let cards: string[] = [];
beforeAll(async () => {
  await seedDecks(db, loadDecks());
  cards = (await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true } })).map((c) => c.id);
});

describe("the grade API's per-user rate", () => {
  it("opens a window with the first grade and counts each stored grade once, practice too; a repeat counts nothing", async () => {
    const me = await student();
    expect(await windowOf(me.id)).toBeNull();
    const g = grade(cards[0]);
    await recordGrade(me, g);
    const opened = await windowOf(me.id);
    expect(opened?.points).toBe(1);
    expect(opened!.expire!.getTime()).toBeGreaterThan(Date.now() + (LIMITS.reviews.duration - 5) * 1000);
    await recordGrade(me, g); // the same id again: answered from the stored grade
    await recordGrade(me, grade(cards[1], { mode: "practice" }));
    await Promise.all([recordGrade(me, grade(cards[2])), recordGrade(me, grade(cards[2]))]);
    expect((await windowOf(me.id))?.points).toBe(4);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(4);
  });

  it("refuses a grade past the limit with 429 and stores nothing; an ended window starts afresh", async () => {
    const me = await student();
    const key = `reviews:${me.id}`;
    await db.rateLimit.create({
      data: { key, points: LIMITS.reviews.points, expire: new Date(Date.now() + 60_000) },
    });
    await expect(recordGrade(me, grade(cards[0]))).rejects.toMatchObject({ status: 429 });
    await expect(recordGrade(me, grade(cards[1], { mode: "practice" }))).rejects.toMatchObject({ status: 429 });
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: me.id } })).toBe(0);
    expect((await windowOf(me.id))?.points).toBe(LIMITS.reviews.points);

    await db.rateLimit.update({ where: { key }, data: { expire: new Date(Date.now() - 1000) } });
    await recordGrade(me, grade(cards[0]));
    expect((await windowOf(me.id))?.points).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: me.id } })).toBe(1);
  });

  it("is kept per user: one student's full window does not touch another's grades", async () => {
    const [busy, calm] = [await student(), await student()];
    await db.rateLimit.create({
      data: { key: `reviews:${busy.id}`, points: LIMITS.reviews.points, expire: new Date(Date.now() + 60_000) },
    });
    await expect(recordGrade(busy, grade(cards[0]))).rejects.toMatchObject({ status: 429 });
    await expect(recordGrade(calm, grade(cards[0]))).resolves.toMatchObject({ cardId: cards[0] });
  });
});
