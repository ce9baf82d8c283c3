import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The few class-wide aggregates over ReviewLog that Prisma's query API cannot express
 * cheaply: conditional counts in one pass, per-day counts, and a per-student "latest row".
 * A class of 1,000 students holds millions of logs; these read only covering indexes
 * (see the ReviewLog indexes in prisma/schema.prisma), never the table rows.
 *
 * They are written in standard SQL only — double-quoted identifiers, COUNT/SUM/CASE, IN
 * (subquery), correlated subqueries with ORDER BY … LIMIT 1, UNION ALL — as Prisma tagged
 * templates (bound values, never string concatenation), and run unchanged on SQLite and
 * PostgreSQL: tests/integration/class-sql.test.ts checks every statement on both.
 * Values come back as number or bigint, and dates as Date or ISO text, and are normalized.
 * Callers must have checked that the actor owns the class.
 */
const num = (v: unknown) => Number(v ?? 0);
const date = (v: unknown): Date | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "string" || typeof v === "number") return new Date(v);
  if (typeof v === "bigint") return new Date(Number(v));
  throw new TypeError(`not a date from the database: ${typeof v}`);
};

/** Students currently enrolled (not removed): the filter every query below shares. */
const students = (classId: string) =>
  Prisma.sql`SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL`;

/**
 * One pass over the window [since, now), grouped by student and card: all grades (undone
 * excluded); the true-retention base and passes exactly as lib/srs/true-retention.ts counts
 * them (review-state cards, review mode, not undone; passed = graded above Again); and the
 * review-mode grades and Agains per card for the again-rate. Grouping by (student, card)
 * serves the per-student table and the per-card ranking from a single index scan.
 * `cardId IN (all cards)` changes no result (every log has a card) but lets the database
 * seek each (student, card, since) range of ReviewLog(userId, cardId, reviewedAt, …) and
 * read the groups in index order, instead of sorting the whole window.
 */
export async function windowByStudentAndCard(classId: string, since: Date) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.window(classId, since));
  return rows.map((r) => ({
    userId: String(r.userId),
    cardId: String(r.cardId),
    reviews: num(r.reviews),
    base: num(r.base),
    passed: num(r.passed),
    graded: num(r.graded),
    again: num(r.again),
  }));
}
export type WindowRow = Awaited<ReturnType<typeof windowByStudentAndCard>>[number];

/** The statements themselves, apart from the functions that run them and shape the rows. */
export const classSql = {
  window: (classId: string, since: Date) => Prisma.sql`
    SELECT "userId", "cardId",
      COUNT(*) AS "reviews",
      SUM(CASE WHEN "prevState" = 2 AND "mode" = 'review' THEN 1 ELSE 0 END) AS "base",
      SUM(CASE WHEN "prevState" = 2 AND "mode" = 'review' AND "rating" > 1 THEN 1 ELSE 0 END) AS "passed",
      SUM(CASE WHEN "mode" = 'review' THEN 1 ELSE 0 END) AS "graded",
      SUM(CASE WHEN "mode" = 'review' AND "rating" = 1 THEN 1 ELSE 0 END) AS "again"
    FROM "ReviewLog"
    WHERE "userId" IN (${students(classId)}) AND "cardId" IN (SELECT "id" FROM "Card") AND "reviewedAt" >= ${since} AND "undoneAt" IS NULL
    GROUP BY "userId", "cardId"`,
  lastReviews: (classId: string) => Prisma.sql`
    SELECT e."userId" AS "userId",
      (SELECT r."reviewedAt" FROM "ReviewLog" r WHERE r."userId" = e."userId" AND r."undoneAt" IS NULL ORDER BY r."reviewedAt" DESC LIMIT 1) AS "last"
    FROM "Enrollment" e
    WHERE e."classId" = ${classId} AND e."removedAt" IS NULL`,
  countsBetween: (classId: string, bounds: Date[]) =>
    Prisma.join(
      bounds.slice(0, -1).map(
        // The index is a literal, not a bound value: a bare bound `SELECT ?` has no type for the
        // database to infer (PostgreSQL refuses `SELECT $1`), and a literal costs nothing here.
        (start, i) => Prisma.sql`SELECT ${Prisma.raw(String(i))} AS "i", COUNT(*) AS "n" FROM "ReviewLog"
      WHERE "userId" IN (${students(classId)}) AND "reviewedAt" >= ${start} AND "reviewedAt" < ${bounds[i + 1]} AND "undoneAt" IS NULL`,
      ),
      " UNION ALL ",
    ),
  cardStates: (classId: string) => Prisma.sql`
    SELECT "userId", "due", "state", "reps" FROM "CardState" WHERE "userId" IN (${students(classId)})`,
  quizAnswerMarks: (classId: string, quizId: string) => Prisma.sql`
    SELECT a."attemptId" AS "attemptId", a."quizItemId" AS "quizItemId", a."score" AS "score"
    FROM "AttemptAnswer" a
    WHERE a."attemptId" IN (SELECT t."id" FROM "Attempt" t WHERE t."quizId" = ${quizId} AND t."status" = 'submitted' AND t."userId" IN (${students(classId)}))`,
};

/** Each student's latest grade that was not undone: one index seek per student, however old. */
export async function lastReviews(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.lastReviews(classId));
  return new Map(rows.map((r) => [String(r.userId), date(r.last)]));
}

/** Grades (undone excluded) in each [bounds[i], bounds[i+1]) — local days, computed by the caller. */
export async function countsBetween(classId: string, bounds: Date[]) {
  if (bounds.length < 2) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.countsBetween(classId, bounds));
  const counts = new Array<number>(bounds.length - 1).fill(0);
  for (const r of rows) counts[num(r.i)] = num(r.n);
  return counts;
}

/** Every card state of the class's students (a few per student): raw rows skip the ORM's per-row cost. */
export async function cardStates(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.cardStates(classId));
  return rows.map((r) => ({ userId: String(r.userId), due: date(r.due)!, state: num(r.state), reps: num(r.reps) }));
}

/** The marks of every submitted attempt at a quiz by the class's current students (item analysis input). */
export async function quizAnswerMarks(classId: string, quizId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.quizAnswerMarks(classId, quizId));
  return rows.map((r) => ({
    attemptId: String(r.attemptId),
    quizItemId: String(r.quizItemId),
    score: r.score === null ? null : Number(r.score),
  }));
}
