import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { asDate } from "@/lib/server/class-sql";
import { addDays, localDayKey } from "@/lib/time/local-day";
import { todayBounds } from "@/lib/classes/progress";

/**
 * The class pages' numbers from small tables: the per-day rollups kept by the grade path
 * (ReviewDay, ReviewCardDay; lib/server/review-day.ts) and the card states, aggregated in the
 * database so a class of 1,000 students comes back as ~1,000 rows, never millions of logs.
 *
 * "The last 30 days" is each student's own 30 local calendar days up to and including their
 * today, so every bound depends on the student's time zone: each per-student statement is a
 * UNION ALL of one part per zone among the class's students (a handful), with plain bound
 * values — the same SQL on SQLite and PostgreSQL (tests/integration/class-sql.test.ts runs it
 * on both). The class's students and their zones are read once per statement, into a CTE
 * ("WITH zs AS MATERIALIZED": SQLite ≥ 3.35, PostgreSQL ≥ 12; unforced, SQLite inlined it in
 * every part and scanned User each time); a join of
 * Enrollment and User in every part looked up each user once per zone and per use (~3,000
 * lookups per zone for 1,000 students), and binding the ids instead costs Prisma ~28 µs per
 * bound value (30 ms for 1,000 ids, against 2 ms in bare SQLite).
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

/** The class's current students with their zones, once per statement (see above). */
const withStudents = (
  classId: string,
) => Prisma.sql`WITH "zs" AS MATERIALIZED (SELECT e."userId" AS "userId", u."timeZone" AS "zone"
    FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId" WHERE e."classId" = ${classId} AND e."removedAt" IS NULL)`;

/** The students of one zone, from the CTE. */
const inZone = (z: ZoneBounds) => Prisma.sql`SELECT zs."userId" FROM "zs" zs WHERE zs."zone" = ${z.zone}`;

const unionOf = <T>(parts: T[], part: (p: T) => Prisma.Sql) => Prisma.join(parts.map(part), " UNION ALL ");

export const rollupSql = {
  /**
   * One row per current student: card states counted (studied / due by the end of their today /
   * due before its start, "due" as in lib/srs/due.ts), their window's grades, true-retention base
   * and passes (ReviewDay), and their latest grade not undone (one index seek into ReviewLog,
   * however old). One statement and 1,000 rows instead of three of each: Prisma's cost is per
   * statement and per returned row. Each aggregate reads a covering index, one seek per student.
   */
  studentRows: (classId: string, zones: ZoneBounds[]) =>
    Prisma.sql`${withStudents(classId)} ${unionOf(
      zones,
      (
        z,
      ) => Prisma.sql`SELECT u."id" AS "userId", cs."studied" AS "studied", cs."due" AS "due", cs."overdue" AS "overdue",
        rd."reviews" AS "reviews", rd."base" AS "base", rd."passed" AS "passed",
        (SELECT r."reviewedAt" FROM "ReviewLog" r WHERE r."userId" = u."id" AND r."undoneAt" IS NULL ORDER BY r."reviewedAt" DESC LIMIT 1) AS "last"
      FROM "User" u
      LEFT JOIN (SELECT s."userId" AS "userId",
          COUNT(*) FILTER (WHERE s."reps" > 0) AS "studied",
          COUNT(*) FILTER (WHERE s."state" <> 0 AND s."due" < ${z.endOfToday}) AS "due",
          COUNT(*) FILTER (WHERE s."state" <> 0 AND s."due" < ${z.startOfToday}) AS "overdue"
        FROM "CardState" s WHERE s."userId" IN (${inZone(z)})
        GROUP BY s."userId") cs ON cs."userId" = u."id"
      LEFT JOIN (SELECT d."userId" AS "userId", SUM(d."reviews") AS "reviews", SUM(d."base") AS "base", SUM(d."passed") AS "passed"
        FROM "ReviewDay" d WHERE d."userId" IN (${inZone(z)}) AND d."day" >= ${z.firstDay}
        GROUP BY d."userId") rd ON rd."userId" = u."id"
      WHERE u."id" IN (${inZone(z)})`,
    )}`,
  /**
   * Per card (of those asked for) over the students' windows: review-mode grades and Agains.
   * Grouped by (student, card) first, which reads ReviewCardDay(userId, cardId, day, …) in index
   * order with nothing to sort (one seek per student and card), then by card. The cost grows with
   * (student, card, day) rows — ~220,000 for the bench's class — so callers ask only for the cards
   * they show.
   */
  cardWindow: (classId: string, zones: ZoneBounds[], cardIds: string[]) => Prisma.sql`${withStudents(classId)}
    SELECT w."cardId" AS "cardId", SUM(w."graded") AS "graded", SUM(w."again") AS "again" FROM (${unionOf(
      zones,
      (z) => Prisma.sql`SELECT c."userId", c."cardId", SUM(c."graded") AS "graded", SUM(c."again") AS "again"
      FROM "ReviewCardDay" c WHERE c."userId" IN (${inZone(z)}) AND c."cardId" IN (${Prisma.join(cardIds)}) AND c."day" >= ${z.firstDay}
      GROUP BY c."userId", c."cardId"`,
    )}) w GROUP BY w."cardId"`,
  /**
   * The same numbers with one plain SUM per zone and card: no per-(student, card) groups to build
   * and merge, ~25% less time (60 → 45 ms for 5 cards of the bench's class). The statement grows
   * with zones × cards, so it is used only for a few cards (see cardWindow). A part whose card has
   * no rows gives NULL, left out.
   */
  cardWindowByCard: (classId: string, zones: ZoneBounds[], cardIds: string[]) => Prisma.sql`${withStudents(classId)}
    SELECT w."cardId" AS "cardId", SUM(w."graded") AS "graded", SUM(w."again") AS "again" FROM (${unionOf(
      zones.flatMap((z) => cardIds.map((cardId) => ({ ...z, cardId }))),
      (z) => Prisma.sql`SELECT MAX(c."cardId") AS "cardId", SUM(c."graded") AS "graded", SUM(c."again") AS "again"
      FROM "ReviewCardDay" c WHERE c."userId" IN (${inZone(z)}) AND c."cardId" = ${z.cardId} AND c."day" >= ${z.firstDay}`,
    )}) w WHERE w."cardId" IS NOT NULL GROUP BY w."cardId"`,
  /** Grades per day over the class's current students, each dated on its student's local day. */
  perDay: (classId: string, first: string, last: string) => Prisma.sql`
    SELECT d."day" AS "day", SUM(d."reviews") AS "n" FROM "ReviewDay" d
    WHERE d."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL)
      AND d."day" >= ${first} AND d."day" <= ${last}
    GROUP BY d."day"`,
  /** Lapses per card over the students who studied it (all time, from the card states). */
  lapsesPerCard: (classId: string) => Prisma.sql`
    SELECT s."cardId" AS "cardId", SUM(s."lapses") AS "lapses", COUNT(*) AS "studiedBy" FROM "CardState" s
    WHERE s."userId" IN (SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL) AND s."reps" > 0
    GROUP BY s."cardId"`,
};

export type StudentCounts = {
  studied: number;
  due: number;
  overdue: number;
  reviews: number;
  base: number;
  passed: number;
  last: Date | null;
};

/** The per-student numbers of the progress table (see rollupSql.studentRows), by student id. */
export async function studentRows(classId: string, zones: ZoneBounds[]) {
  if (!zones.length) return new Map<string, StudentCounts>();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.studentRows(classId, zones));
  return new Map<string, StudentCounts>(
    rows.map((r) => [
      String(r.userId),
      {
        studied: num(r.studied),
        due: num(r.due),
        overdue: num(r.overdue),
        reviews: num(r.reviews),
        base: num(r.base),
        passed: num(r.passed),
        last: asDate(r.last),
      },
    ]),
  );
}

/** Up to this many cards, one part per zone and card (cardWindowByCard); more (ties at the cut), grouped. */
export const BY_CARD_UP_TO = 10;

export async function cardWindow(classId: string, zones: ZoneBounds[], cardIds: string[]) {
  if (!zones.length || !cardIds.length) return [];
  const cards = [...new Set(cardIds)]; // one part per card: a card named twice must not count twice
  const statement = cards.length <= BY_CARD_UP_TO ? rollupSql.cardWindowByCard : rollupSql.cardWindow;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(statement(classId, zones, cards));
  return rows.map((r) => ({ cardId: String(r.cardId), graded: num(r.graded), again: num(r.again) }));
}

export async function reviewsPerDay(classId: string, first: string, last: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.perDay(classId, first, last));
  return new Map(rows.map((r) => [String(r.day), num(r.n)]));
}

export async function lapsesPerCard(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(rollupSql.lapsesPerCard(classId));
  return rows.map((r) => ({ cardId: String(r.cardId), lapses: num(r.lapses), studiedBy: num(r.studiedBy) }));
}
