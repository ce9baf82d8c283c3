import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { createClass } from "@/lib/server/classes";
import { joinClass } from "@/lib/server/class-membership";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { getStudentDetail } from "@/lib/server/class-student";
import { recordGrade, undoGrade } from "@/lib/server/study";
import { trueRetention } from "@/lib/srs/true-retention";
import { addDays, localDayKey, startOfLocalDay } from "@/lib/time/local-day";
import { getStudyStats } from "@/lib/server/study-stats";
import { reviewsByDay, streak } from "@/lib/srs/stats";
import { gradeSchema } from "@/lib/validation/study";
import { progressQuerySchema } from "@/lib/validation/classes";
import { makeCards, makeUser } from "./class-fixtures";

// The rollups (ReviewDay, ReviewCardDay) against the log they summarize, on the database of this
// pass (SQLite; PostgreSQL under `npm run test:pg`): a random history made through the real grade
// path — review and practice grades, grades dated before a later one (replayed into place), and
// undos — then every rollup row, and the numbers the instructor pages show, computed again
// straight from ReviewLog.

/** Deterministic PRNG (mulberry32), so a failure can be reproduced. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const ZONES = ["Pacific/Auckland", "America/Los_Angeles", "Europe/Berlin"];
let teacher: Actor, students: Actor[], classId: string, cardIds: string[];
let undone = 0,
  replayed = 0;

beforeAll(async () => {
  teacher = await makeUser("instructor", { timeZone: "Europe/Berlin" });
  students = [];
  for (const timeZone of ZONES) students.push(await makeUser("student", { timeZone }));
  cardIds = (await makeCards(4)).cards.map((c) => c.id);
  const cls = await createClass(teacher, { name: "Rollup class", codeLifetime: "never" });
  classId = cls.id;
  for (const s of students) await joinClass(s, cls.joinCode);

  const rand = rng(7);
  for (const s of students) {
    const lastAt = new Map<string, number>(); // per card: the latest review-mode grade time so far
    for (let i = 0; i < 45; i++) {
      const cardId = cardIds[Math.floor(rand() * cardIds.length)];
      const mode = rand() < 0.2 ? "practice" : "review";
      // Mostly in order; one in six dated before the card's last grade (an offline grade arriving late).
      const last = lastAt.get(cardId) ?? Date.now() - 40 * DAY;
      const early = mode === "review" && lastAt.has(cardId) && rand() < 1 / 6;
      const at = early ? last - rand() * 2 * DAY : Math.min(Date.now() - 60_000, last + rand() * 3 * DAY);
      const input = gradeSchema.parse({
        id: crypto.randomUUID(),
        cardId,
        rating: 1 + Math.floor(rand() * 4),
        mode,
        reviewedAt: new Date(at).toISOString(),
      });
      await recordGrade(s, input);
      if (early) replayed++;
      else if (mode === "review") lastAt.set(cardId, at);
      // Undo right away: allowed for a practice grade and for the grade that made the card's state.
      if (rand() < 0.15 && !early) {
        await undoGrade(s, { id: input.id });
        undone++;
      }
    }
  }
});

/** The rollups computed straight from the log, by each learner's local day. */
async function fromLog() {
  const zone = new Map(students.map((s) => [s.id, s.timeZone]));
  const logs = await db.reviewLog.findMany({ where: { userId: { in: students.map((s) => s.id) }, undoneAt: null } });
  const days = new Map<string, [number, number, number, number]>();
  const cardDays = new Map<string, [number, number]>();
  for (const l of logs) {
    const day = localDayKey(l.reviewedAt, zone.get(l.userId)!);
    const d = days.get(`${l.userId}|${day}`) ?? [0, 0, 0, 0];
    const r = trueRetention([l]);
    const practice = l.mode === "practice" ? 1 : 0;
    days.set(`${l.userId}|${day}`, [d[0] + 1, d[1] + r.total, d[2] + r.passed, d[3] + practice]);
    if (l.mode !== "review") continue;
    const c = cardDays.get(`${l.userId}|${l.cardId}|${day}`) ?? [0, 0];
    cardDays.set(`${l.userId}|${l.cardId}|${day}`, [c[0] + 1, c[1] + (l.rating === 1 ? 1 : 0)]);
  }
  return { logs, days, cardDays };
}

describe("the per-day rollups kept by the grade path", () => {
  it("the history exercised undo and replay", () => {
    expect(undone).toBeGreaterThan(3);
    expect(replayed).toBeGreaterThan(3);
  });

  it("hold exactly the counts of the logs not undone, by the learner's local day", async () => {
    const { days, cardDays } = await fromLog();
    const stored = await db.reviewDay.findMany({ where: { userId: { in: students.map((s) => s.id) } } });
    const nonZero = <T extends number[]>(m: [string, T][]) => m.filter(([, v]) => v.some((x) => x !== 0)).sort();
    expect(nonZero(stored.map((r) => [r.id, [r.reviews, r.base, r.passed, r.practice]]))).toEqual(nonZero([...days]));
    const storedCards = await db.reviewCardDay.findMany({ where: { userId: { in: students.map((s) => s.id) } } });
    expect(nonZero(storedCards.map((r) => [r.id, [r.graded, r.again]]))).toEqual(nonZero([...cardDays]));
    expect(stored.every((r) => r.reviews >= 0 && r.base >= r.passed && r.passed >= 0)).toBe(true);
    expect(stored.every((r) => r.practice >= 0 && r.practice <= r.reviews)).toBe(true);
  });

  it("give each learner's progress page (heatmap, total, streak, true retention) the numbers the log gives", async () => {
    const { logs } = await fromLog();
    let practiced = 0;
    for (const s of students) {
      const stats = await getStudyStats(s);
      const mine = logs.filter((l) => l.userId === s.id);
      const start = stats.heatmap[0].day;
      const heat = reviewsByDay(mine, s.timeZone, start, stats.today);
      expect(stats.heatmap).toEqual(heat);
      expect(stats.totalReviews).toBe(heat.reduce((n, d) => n + d.reviews, 0));
      expect(stats.streak).toBe(streak(heat, stats.today));
      const since = startOfLocalDay(addDays(stats.today, -(stats.retentionDays - 1)), s.timeZone);
      expect(stats.retention).toEqual(trueRetention(mine.filter((l) => l.reviewedAt >= since)));
      practiced += heat.reduce((n, d) => n + d.practice, 0);
    }
    expect(practiced).toBeGreaterThan(3); // the history had practice grades to shade
  });

  it("give the dashboard and the student detail the numbers the log gives", async () => {
    const now = new Date();
    const { logs } = await fromLog();
    const inWindow = (l: (typeof logs)[number], tz: string) =>
      localDayKey(l.reviewedAt, tz) >= addDays(localDayKey(now, tz), -29);
    const d = await getClassDashboard(teacher, classId, progressQuerySchema.parse({}), now);
    for (const s of students) {
      const mine = logs.filter((l) => l.userId === s.id && inWindow(l, s.timeZone));
      const expected = trueRetention(mine);
      const row = d.table.rows.find((r) => r.id === s.id)!;
      expect([row.reviews30, row.retentionBase, row.retention]).toEqual([mine.length, expected.total, expected.rate]);
      const detail = await getStudentDetail(teacher, classId, s.id, now);
      expect(detail.retention).toEqual(expected);
      expect(detail.reviews30).toBe(mine.length);
      for (const a of detail.activity)
        expect([a.day, a.count]).toEqual([
          a.day,
          mine.filter((l) => localDayKey(l.reviewedAt, s.timeZone) === a.day).length,
        ]);
    }
    // Class activity: each grade on its learner's local day, over the instructor's last 30 days.
    for (const a of d.activity) {
      const n = logs.filter((l) => {
        const tz = students.find((s) => s.id === l.userId)!.timeZone;
        return localDayKey(l.reviewedAt, tz) === a.day;
      }).length;
      expect([a.day, a.count]).toEqual([a.day, n]);
    }
    // Per card: review-mode grades and Agains in each student's window.
    for (const h of d.hardest) {
      const graded = logs.filter((l) => {
        const tz = students.find((s) => s.id === l.userId)!.timeZone;
        return l.cardId === h.cardId && l.mode === "review" && inWindow(l, tz);
      });
      const again = graded.filter((l) => l.rating === 1).length;
      expect([h.cardId, h.reviews, h.againRate]).toEqual([
        h.cardId,
        graded.length,
        graded.length ? again / graded.length : null,
      ]);
    }
    expect(d.hardest.length).toBeGreaterThan(0);
  });
});
