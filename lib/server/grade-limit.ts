import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIMITS, tooMany } from "@/lib/server/throttle";

/**
 * The grade API's per-user rate (LIMITS.reviews), counted in the grade's own transaction
 * instead of a write of its own: the same RateLimit row as the other throttles (key
 * `reviews:<user>`, swept with them), so it holds across processes on SQLite and PostgreSQL.
 *
 * The common case is one conditional update inside the grade's batch: it adds the point only
 * while the user's window is open and under the limit. Otherwise it matches no row, Prisma
 * reports P2025, the whole grade rolls back (nothing stored, nothing counted), and
 * `settleGradeLimit` decides: refuse (429), or open a new window and let the grade run again.
 */
const { points: LIMIT, duration } = LIMITS.reviews;
const key = (userId: string) => `reviews:${userId}`;

type Client = Pick<Prisma.TransactionClient, "rateLimit">;

/** One point for this grade, or P2025 when the window is full, ended or not yet opened. */
export function countGrade(client: Client, userId: string, now: Date) {
  return client.rateLimit.update({
    where: { key: key(userId), points: { lt: LIMIT }, expire: { gt: now } },
    data: { points: { increment: 1 } },
    select: { points: true },
  });
}

/**
 * After a grade's write found no row (P2025): throws 429 when the user's window is full;
 * opens a fresh window when there was none or it had ended. Either way the caller may then
 * run the grade again (a P2025 from a moved card state is settled by that rerun too).
 * Two grades opening the same window at once may count one point less: fine for a throttle.
 */
export async function settleGradeLimit(userId: string, now = new Date()) {
  const row = await db.rateLimit.findUnique({ where: { key: key(userId) } });
  if (row?.expire && row.expire > now) {
    if (row.points >= LIMIT) throw tooMany(row.expire.getTime() - now.getTime(), "Too many requests");
    return;
  }
  const expire = new Date(now.getTime() + duration * 1000);
  await db.rateLimit.upsert({
    where: { key: key(userId) },
    create: { key: key(userId), points: 0, expire },
    update: { points: 0, expire },
  });
}

/** Throws 429 when the user's window is full (no write): a refused grade answers 429 before any 404. */
export async function refuseIfOverGradeLimit(userId: string, now = new Date()) {
  const row = await db.rateLimit.findUnique({ where: { key: key(userId) } });
  if (row?.expire && row.expire > now && row.points >= LIMIT)
    throw tooMany(row.expire.getTime() - now.getTime(), "Too many requests");
}
