import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Rating, Scheduler } from "@/lib/srs/scheduler";
import { parseSnapshot, toRow, type CardSnapshot } from "@/lib/srs/snapshot";
import { replayGrades, type ReplayedGrade } from "@/lib/srs/replay";
import { StaleState } from "@/lib/server/study-retry";
import { restatedStatement } from "@/lib/server/review-day";

type Tx = Prisma.TransactionClient;

/**
 * A grade whose review time is earlier than the card's last review (made offline on one
 * device while another device graded the same card later): it is put in its place in time and
 * the later grades are applied again after it (lib/srs/replay.ts). Their logs keep their ids,
 * ratings and times; their before/after states are rewritten to the replayed chain, so undo of
 * the latest grade still restores exactly. Returns null when there is nothing later to replay
 * (the caller then applies the grade as the latest).
 */
export async function insertEarlierGrade(
  tx: Tx,
  a: {
    userId: string;
    cardId: string;
    row: { id: string; version: number };
    grade: { id: string; rating: Rating; at: Date };
    scheduler: Scheduler;
    /** the learner's zone, for the per-day counts of the rewritten logs */
    timeZone: string;
  },
): Promise<{ first: ReplayedGrade; state: CardSnapshot } | null> {
  const later = await tx.reviewLog.findMany({
    where: { userId: a.userId, cardId: a.cardId, mode: "review", undoneAt: null, reviewedAt: { gt: a.grade.at } },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
  });
  if (!later.length) return null;
  const replayed = replayGrades(a.scheduler, parseSnapshot(later[0].stateBefore), [
    a.grade,
    ...later.map((l) => ({ id: l.id, rating: l.rating as Rating, at: l.reviewedAt })),
  ]);
  const state = replayed[replayed.length - 1].after;
  const { count } = await tx.cardState.updateMany({
    where: { id: a.row.id, version: a.row.version },
    data: { ...toRow(state), version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleState();
  const byId = new Map(later.map((l) => [l.id, l]));
  for (const r of replayed.slice(1)) {
    // A later grade's "state before" can change (e.g. from Learning to Review): move its true-retention count.
    const moved = restatedStatement(tx, byId.get(r.id)!, r.prevState, a.timeZone);
    if (moved) await moved;
    await tx.reviewLog.update({
      where: { id: r.id },
      data: {
        stateBefore: JSON.stringify(r.before),
        stateAfter: JSON.stringify(r.after),
        prevState: r.prevState,
        elapsedDays: r.elapsedDays,
        scheduledDays: r.scheduledDays,
      },
    });
  }
  return { first: replayed[0], state };
}
