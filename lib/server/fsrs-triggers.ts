import "server-only";
import { db } from "@/lib/db";
import { MIN_REVIEWS_ANY } from "@/lib/fsrs/outcome";
import { COUNTED } from "@/lib/server/fsrs-history";
import { enqueueJob } from "@/lib/server/fsrs-jobs";

/**
 * When a learner's fit is due, decided by the runner, never by the grade path: the first
 * fit once they have MIN_REVIEWS_ANY grades of cards in review state (a card's first grade
 * and its same-day steps are not reviews the optimizer learns from), then again after every
 * REFIT_EVERY more. One indexed count per learner (ReviewLog by user and time).
 */
export const REFIT_EVERY = Math.max(1, Number(process.env.FSRS_REFIT_EVERY) || 32);
const REVIEW_STATE = 2;

export async function enqueueDueFits(): Promise<number> {
  const last = await db.fsrsFit.groupBy({ by: ["userId"], where: { userId: { not: null } }, _max: { fittedAt: true } });
  const lastFit = new Map(last.map((l) => [l.userId as string, l._max.fittedAt as Date]));
  let cursor: string | undefined;
  let queued = 0;
  for (;;) {
    const users = await db.user.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!users.length) return queued;
    for (const { id } of users) {
      const since = lastFit.get(id);
      const n = await db.reviewLog.count({
        where: { userId: id, ...COUNTED, prevState: REVIEW_STATE, ...(since ? { reviewedAt: { gt: since } } : {}) },
      });
      if (n >= (since ? REFIT_EVERY : MIN_REVIEWS_ANY)) {
        await enqueueJob("learner-fit", id, since ? "new-reviews" : "first-fit");
        queued++;
      }
    }
    cursor = users[users.length - 1].id;
  }
}
