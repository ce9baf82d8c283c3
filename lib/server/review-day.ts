import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { cardDayCounts, dayCounts, type CountedGrade, type DayCounts } from "@/lib/srs/review-counts";
import { localDayKey } from "@/lib/time/local-day";

/**
 * Keeps the ReviewDay / ReviewCardDay rollups (prisma/schema.prisma) in step with the log. The
 * statements returned here go into the SAME transaction as the grade, the undo or the replay
 * that changes a log, so a rollup never disagrees with the logs it counts. Each is one upsert
 * that adds a delta (INSERT … ON CONFLICT DO UPDATE, the same on SQLite and PostgreSQL): no read
 * first, and two grades of the same day cannot lose one another's count.
 *
 * The day is the learner's local calendar day in the time zone they have when the grade is
 * stored (undo and replay use the same zone: a learner who changes zone in between would move
 * a count by a day — accepted, it is rare and bounded to that grade).
 */
type Raw = Pick<PrismaClient, "$executeRaw"> | Prisma.TransactionClient;
export type RolledLog = CountedGrade & { userId: string; cardId: string; reviewedAt: Date };

function upsertDay(client: Raw, userId: string, day: string, c: DayCounts) {
  return client.$executeRaw`
    INSERT INTO "ReviewDay" ("id", "userId", "day", "reviews", "base", "passed", "practice")
    VALUES (${`${userId}|${day}`}, ${userId}, ${day}, ${c.reviews}, ${c.base}, ${c.passed}, ${c.practice})
    ON CONFLICT ("id") DO UPDATE SET
      "reviews" = "ReviewDay"."reviews" + excluded."reviews",
      "base" = "ReviewDay"."base" + excluded."base",
      "passed" = "ReviewDay"."passed" + excluded."passed",
      "practice" = "ReviewDay"."practice" + excluded."practice"`;
}

/** The statements that add (sign 1) or take back (sign −1, undo) one log's counts. */
export function rollupStatements(client: Raw, log: RolledLog, timeZone: string, sign: 1 | -1 = 1) {
  const day = localDayKey(log.reviewedAt, timeZone);
  const out = [upsertDay(client, log.userId, day, dayCounts(log, sign))];
  const card = cardDayCounts(log, sign);
  if (card)
    out.push(client.$executeRaw`
      INSERT INTO "ReviewCardDay" ("id", "userId", "cardId", "day", "graded", "again")
      VALUES (${`${log.userId}|${log.cardId}|${day}`}, ${log.userId}, ${log.cardId}, ${day}, ${card.graded}, ${card.again})
      ON CONFLICT ("id") DO UPDATE SET
        "graded" = "ReviewCardDay"."graded" + excluded."graded",
        "again" = "ReviewCardDay"."again" + excluded."again"`);
  return out;
}

/**
 * A replay (lib/server/study-replay.ts) rewrites a later log's state before the grade; only the
 * true-retention counts depend on it. Returns the one upsert that moves them, or null.
 */
export function restatedStatement(client: Raw, log: RolledLog, newPrevState: number, timeZone: string) {
  const before = dayCounts(log);
  const after = dayCounts({ ...log, prevState: newPrevState });
  if (before.base === after.base && before.passed === after.passed) return null;
  const day = localDayKey(log.reviewedAt, timeZone);
  return upsertDay(client, log.userId, day, {
    reviews: 0,
    base: after.base - before.base,
    passed: after.passed - before.passed,
    practice: 0,
  });
}
