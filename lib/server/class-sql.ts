import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Class-wide reads that Prisma's query API makes slow for 1,000 students (its relation and
 * groupBy machinery costs ~50 µs a row): the roster, proof runs and quiz attempts as plain
 * rows, and each student's latest grade — one index seek per student into ReviewLog, the only
 * read of the log here. The review counts come from the per-day rollups (lib/server/class-rollup.ts).
 *
 * They are written in standard SQL only — double-quoted identifiers, COUNT/SUM/CASE, aggregate FILTER, IN
 * (subquery), correlated subqueries with ORDER BY … LIMIT 1, UNION ALL — as Prisma tagged
 * templates (bound values, never string concatenation), and run unchanged on SQLite and
 * PostgreSQL: tests/integration/class-sql.test.ts checks every statement on both.
 * Values come back as number or bigint, and dates as Date or ISO text, and are normalized.
 * Callers must have checked that the actor owns the class.
 */
const num = (v: unknown) => Number(v ?? 0);
export const asDate = (v: unknown): Date | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "string" || typeof v === "number") return new Date(v);
  if (typeof v === "bigint") return new Date(Number(v));
  throw new TypeError(`not a date from the database: ${typeof v}`);
};

/** Students currently enrolled (not removed): the filter every query below shares. */
const students = (classId: string) =>
  Prisma.sql`SELECT "userId" FROM "Enrollment" WHERE "classId" = ${classId} AND "removedAt" IS NULL`;

/** The statements themselves, apart from the functions that run them and shape the rows. */
export const classSql = {
  roster: (classId: string) => Prisma.sql`
    SELECT u."id" AS "id", u."name" AS "name", u."email" AS "email", u."timeZone" AS "timeZone", e."joinedAt" AS "joinedAt"
    FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId"
    WHERE e."classId" = ${classId} AND e."removedAt" IS NULL
    ORDER BY e."joinedAt" ASC`,
  runs: (classId: string) => Prisma.sql`
    SELECT r."userId" AS "userId", r."experimentSlug" AS "slug", COUNT(*) AS "runs", MAX(r."createdAt") AS "last"
    FROM "ExperimentRun" r WHERE r."userId" IN (${students(classId)})
    GROUP BY r."userId", r."experimentSlug"`,
  attempts: (classId: string, quizIds: string[]) => Prisma.sql`
    SELECT a."id" AS "id", a."userId" AS "userId", a."quizId" AS "quizId", a."number" AS "number", a."score" AS "score",
      a."maxScore" AS "maxScore", a."submittedAt" AS "submittedAt"
    FROM "Attempt" a
    WHERE a."quizId" IN (${Prisma.join(quizIds)}) AND a."status" = 'submitted' AND a."userId" IN (${students(classId)})`,
  /**
   * Item analysis input: one row per submitted attempt by a current student, with one column of
   * marks per quiz item (m0, m1, … in the order given) — 10× fewer rows than one per answer. A
   * missing or ungraded answer is 0 (Moodle's "treat omitted items as 0"). An aggregate FILTER
   * (SQL:2003; SQLite ≥ 3.30, PostgreSQL ≥ 9.4) rather than SUM(CASE …): SQLite skips the rows
   * instead of adding zeros, 26 → 16 ms for 2,000 attempts of 10 items.
   */
  quizMarks: (classId: string, quizId: string, itemIds: string[]) => Prisma.sql`
    SELECT a."attemptId" AS "attemptId", ${Prisma.join(
      itemIds.map(
        (id, i) => Prisma.sql`SUM(a."score") FILTER (WHERE a."quizItemId" = ${id}) AS ${Prisma.raw(`"m${i}"`)}`,
      ),
    )}
    FROM "AttemptAnswer" a
    WHERE a."attemptId" IN (SELECT t."id" FROM "Attempt" t WHERE t."quizId" = ${quizId} AND t."status" = 'submitted' AND t."userId" IN (${students(classId)}))
    GROUP BY a."attemptId"`,
};

/** The class's current students, by join date (raw rows: 1,000 of them through the ORM cost ~60 ms). */
export async function roster(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.roster(classId));
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    email: String(r.email),
    timeZone: String(r.timeZone),
    joinedAt: asDate(r.joinedAt)!,
  }));
}

/** Proof runs per student and experiment: how many, and the latest. */
export async function runCounts(classId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.runs(classId));
  return rows.map((r) => ({ userId: String(r.userId), slug: String(r.slug), runs: num(r.runs), last: asDate(r.last) }));
}

const orNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Submitted attempts at the given quizzes by the class's current students. */
export async function submittedAttempts(classId: string, quizIds: string[]) {
  if (!quizIds.length) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.attempts(classId, quizIds));
  return rows.map((r) => ({
    id: String(r.id),
    userId: String(r.userId),
    quizId: String(r.quizId),
    number: num(r.number),
    score: orNull(r.score),
    maxScore: orNull(r.maxScore),
    submittedAt: asDate(r.submittedAt),
  }));
}

/** Each submitted attempt's marks, item by item (`itemIds` order); attempts with no answer row are absent. */
export async function quizMarks(classId: string, quizId: string, itemIds: string[]) {
  if (!itemIds.length) return new Map<string, number[]>();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(classSql.quizMarks(classId, quizId, itemIds));
  return new Map(rows.map((r) => [String(r.attemptId), itemIds.map((_, i) => num(r[`m${i}`]))]));
}
