import "server-only";
import { db } from "@/lib/db";
import type { ReviewRow } from "@/lib/fsrs/items";

/**
 * The grades the memory model learns from and is checked against: review mode only
 * (practice grades never changed the schedule) and never an undone grade.
 */
export const COUNTED = { mode: "review", undoneAt: null } as const;

export async function learnerReviewRows(userId: string): Promise<ReviewRow[]> {
  const logs = await db.reviewLog.findMany({
    where: { userId, ...COUNTED },
    select: { cardId: true, reviewedAt: true, rating: true },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
  });
  return logs.map((l) => ({ seq: l.cardId, reviewedAt: l.reviewedAt, rating: l.rating }));
}

/** Several learners pooled: the same card of two learners is two histories. */
export async function pooledReviewRows(userIds: string[]): Promise<ReviewRow[]> {
  if (!userIds.length) return [];
  const logs = await db.reviewLog.findMany({
    where: { userId: { in: userIds }, ...COUNTED },
    select: { userId: true, cardId: true, reviewedAt: true, rating: true },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
  });
  return logs.map((l) => ({ seq: `${l.userId}:${l.cardId}`, reviewedAt: l.reviewedAt, rating: l.rating }));
}
