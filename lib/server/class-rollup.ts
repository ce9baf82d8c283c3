import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, localDayKey } from "@/lib/time/local-day";
import { todayBounds } from "@/lib/classes/progress";

/**
 * The class pages' numbers from small tables: the per-day rollups kept by the grade path
 * (ReviewDay, ReviewCardDay; lib/server/review-day.ts) and the card states, aggregated in the
 * database so a class of 1,000 students comes back as ~1,000 rows, never millions of logs.
 *
 * "The last 30 days" is each student's own 30 local calendar days up to and including their
 * today, so every bound depends on the student's time zone: each statement is a UNION ALL of
 * one part per zone among the class's students (a handful), with plain bound values — the
 * same SQL on SQLite and PostgreSQL (tests/integration/class-rollup.test.ts runs it on both).
 * Callers have checked that the actor owns the class.
 */
export const WINDOW_DAYS = 30;

export type ZoneBounds = { zone: string; firstDay: string; startOfToday: Date; endOfToday: Date };

/** The bounds of each time zone among the students, computed once per zone. */
export function zoneBounds(students: { timeZone: string }[], now: Date): ZoneBounds[] {
  return [...new Set(students.map((s) => s.timeZone))].map((zone) => {
    const today = todayBounds(zone, now);
    return {
      zone,
      firstDay: addDays(localDayKey(now, zone), 1 - WINDOW_DAYS),
      startOfToday: new Date(today.startOfToday),
      endOfToday: new Date(today.endOfToday),
    };
  });
}

const num = (v: unknown) => Number(v ?? 0);

/** Current students of the class in one zone. */
const inZone = (classId: string, zone: string) => Prisma.sql`SELECT e."userId" FROM "Enrollment" e
  JOIN "User" u ON u."id" = e."userId"
  WHERE e."classId" = ${classId} AND e."removedAt" IS NULL AND u."timeZone" = ${zone}`;

const unionOf = (zones: ZoneBounds[], part: (z: ZoneBounds) => Prisma.Sql) =>
  Prisma.join(zones.map(part), " UNION ALL ");

export const rollupSql = {
  /** Per student over their window: grades, the true-retention base and passes. */
  studentWindow: (classId: string, zones: ZoneBounds[]) =>
    unionOf(
      zones,
      (
        z,
      ) => Prisma.sql`SELECT d."userId" AS "userId", SUM(d."reviews") AS "reviews", SUM(d."base") AS "base", SUM(d."passed") AS "passed"
      FROM "ReviewDay" d WHERE d."userId" IN (${inZone(classId, z.zone)}) AND d."day" >= ${z.firstDay}
      GROUP BY d."userId"`,
    ),
  /**
   * Per card (of those asked for) over the students' windows: review-mode grades and Agains.
   * Grouped by (student, card) first, which reads ReviewCardDay(userId, cardId, day, …) in index
   * order with nothing to sort (one seek per student and card), then by card. The cost grows with
   * (student, card, day) rows — ~220,000 for the bench's class — so callers ask only for the cards
   * they show.
   */
  cardWindow: (classId: string, zones: ZoneBounds[], cardIds: string[]) => Prisma.sql`
    SELECT w."cardId" AS "cardId", SUM(w."graded") AS "graded", SUM(w."again") AS "again" FROM (${unionOf(
      zones,
      (z) => Prisma.sql`SELECT c."userId", c."cardId", SUM(c."graded") AS "graded", SUM(c."again") AS "again"
      FROM "ReviewCardDay" c WHERE c."userId" IN (${inZone(classId, z.zone)}) AND c."cardId" IN (${Prisma.join(cardIds)}) AND c."day" >= ${z.firstDay}
      GROUP BY c."userId", c."cardId"`,
    )}) w GROUP BY w."cardId"`,
  /** Grades per day over the class's current students, each dated on its student's local day. */
  perDay: (classId: string, first: string, last: string) => Prisma.sql`
    SELECT d."day" AS "day", SUM(d."reviews") AS "n" FROM "ReviewDay" d
    WHERE d."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL)
      AND d."day" >= ${first} AND d."day" <= ${last}
    GROUP BY d."day"`,
  /** Studied / due by the end of the student's today / due before its start ("due" as in lib/srs/due.ts). */
  dueCounts: (classId: string, zones: ZoneBounds[]) =>
    unionOf(
      zones,
      (z) => Prisma.sql`SELECT s."userId" AS "userId",
        SUM(CASE WHEN s."reps" > 0 THEN 1 ELSE 0 END) AS "studied",
        SUM(CASE WHEN s."state" <> 0 AND s."due" < ${z.endOfToday} THEN 1 ELSE 0 END) AS "due",
        SUM(CASE WHEN s."state" <> 0 AND s."due" < ${z.startOfToday} THEN 1 ELSE 0 END) AS "overdue"
      FROM "CardState" s WHERE s."userId" IN (${inZone(classId, z.zone)})
      GROUP BY s."userId"`,
    ),
  /** Lapses per card over the students who studied it (all time, from the card states). */
  lapsesPerCard: (classId: string) => Prisma.sql`
    SELECT s."cardId" AS "cardId", SUM(s."lapses") AS "lapses", COUNT(*) AS "studiedBy" FROM "CardState" s
    WHERE s."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL) AND s."reps" > 0
    GROUP BY s."cardId"`,
};

export async function studentWindow(classId: string, zones: ZoneBounds[]) {
  if (!zones.length) return new Map<string, { reviews: number; base: number; passed: number }>();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.studentWindow(classId, zones));
  return new Map(
    rows.map((r) => [String(r.userId), { reviews: num(r.reviews), base: num(r.base), passed: num(r.passed) }]),
  );
}

export async function cardWindow(classId: string, zones: ZoneBounds[], cardIds: string[]) {
  if (!zones.length || !cardIds.length) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.cardWindow(classId, zones, cardIds));
  return rows.map((r) => ({ cardId: String(r.cardId), graded: num(r.graded), again: num(r.again) }));
}

export async function reviewsPerDay(classId: string, first: string, last: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.perDay(classId, first, last));
  return new Map(rows.map((r) => [String(r.day), num(r.n)]));
}

export async function dueCounts(classId: string, zones: ZoneBounds[]) {
  if (!zones.length) return new Map<string, { studied: number; due: number; overdue: number }>();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.dueCounts(classId, zones));
  return new Map(
    rows.map((r) => [String(r.userId), { studied: num(r.studied), due: num(r.due), overdue: num(r.overdue) }]),
  );
}

export async function lapsesPerCard(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.lapsesPerCard(classId));
  return rows.map((r) => ({ cardId: String(r.cardId), lapses: num(r.lapses), studiedBy: num(r.studiedBy) }));
}
