import "server-only";
import { db } from "@/lib/db";
import { COUNTED } from "@/lib/server/fsrs-history";
import { rescheduleCard, type Graded } from "@/lib/srs/reschedule";
import type { SrsSettings } from "@/lib/srs/scheduler";
import { sameSnapshot } from "@/lib/srs/same-snapshot";
import { fromRow, toRow } from "@/lib/srs/snapshot";

/**
 * After the weights in use change, every card of the learner is rescheduled the way ts-fsrs
 * `reschedule` does it: its counted grades replayed from a new card with the new weights.
 * Only CardState rows change (each through its version check); every ReviewLog row stays as
 * it was. A grade landing meanwhile bumps the version, and that card is simply replayed again.
 */
async function historyOf(userId: string, cardId: string): Promise<Graded[]> {
  return db.reviewLog.findMany({
    where: { userId, cardId, ...COUNTED },
    select: { rating: true, reviewedAt: true },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
  });
}

export async function rescheduleLearner(userId: string, settings: SrsSettings): Promise<number> {
  const rows = await db.cardState.findMany({ where: { userId }, select: { id: true, cardId: true } });
  let changed = 0;
  for (const { id, cardId } of rows) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await db.cardState.findUnique({ where: { id } });
      if (!row) break;
      const next = rescheduleCard(await historyOf(userId, cardId), settings);
      if (!next || sameSnapshot(fromRow(row), next)) break;
      const { count } = await db.cardState.updateMany({
        where: { id, version: row.version },
        data: { ...toRow(next), version: { increment: 1 } },
      });
      if (count === 1) {
        changed++;
        break;
      }
    }
  }
  return changed;
}
