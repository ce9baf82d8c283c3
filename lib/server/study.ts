import "server-only";
import { db } from "@/lib/db";
import type { ReviewLog } from "@/lib/generated/prisma/client";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { conflict, notFound } from "@/lib/server/errors";
import { createScheduler, practiceGrade, srsSettings, stateToRestore, type Rating } from "@/lib/srs/scheduler";
import { fromRow, parseSnapshot, toRow, type CardSnapshot } from "@/lib/srs/snapshot";
import { sameSnapshot } from "@/lib/srs/same-snapshot";
import type { GradeInput, UndoInput } from "@/lib/validation/study";
import { withRetry, StaleState } from "@/lib/server/study-retry";

/**
 * Grades and undo. One CardState per (user, card), written only through a version check;
 * one ReviewLog per grade, keyed by the client-made id. Two tabs grading at once both land,
 * in the order they reach the server, each applied to the state the other left behind.
 */
export type GradeReceipt = {
  id: string;
  cardId: string;
  rating: number;
  mode: string;
  reviewedAt: string;
  /** The card's state after this grade (practice: unchanged). null = still new. */
  state: CardSnapshot | null;
  undone: boolean;
};

/** Built from the stored row alone, so the same id always gets the same answer. */
function receipt(log: ReviewLog): GradeReceipt {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    mode: log.mode,
    reviewedAt: log.reviewedAt.toISOString(),
    state: parseSnapshot(log.stateAfter),
    undone: log.undoneAt !== null,
  };
}

function replay(actor: Actor, log: ReviewLog, cardId: string): GradeReceipt {
  if (log.userId !== actor.id || log.cardId !== cardId)
    throw conflict("This grade id is already used by another grade.");
  return receipt(log);
}

/** FSRS cannot go back in time: a grade is applied no earlier than the last one, and never in the future. */
function reviewTime(reviewedAt: Date, before: CardSnapshot | null): Date {
  const t = Math.min(reviewedAt.getTime(), Date.now());
  const last = before?.lastReview ? Date.parse(before.lastReview) : -Infinity;
  return new Date(Math.max(t, last));
}

export async function recordGrade(actor: Actor, input: GradeInput): Promise<GradeReceipt> {
  assertSignedIn(actor);
  const known = await db.reviewLog.findUnique({ where: { id: input.id } });
  if (known) return replay(actor, known, input.cardId);
  const card = await db.card.findUnique({ where: { id: input.cardId }, select: { id: true, active: true } });
  if (!card?.active) throw notFound("This card is no longer in the deck; the grade was not stored.");
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { desiredRetention: true, timeZone: true, fsrsWeights: true },
  });
  const scheduler = createScheduler(srsSettings(user));
  const where = { userId_cardId: { userId: actor.id, cardId: card.id } };

  return withRetry(
    () =>
      db.$transaction(async (tx) => {
        const row = await tx.cardState.findUnique({ where });
        const before = row ? fromRow(row) : null;
        const at = reviewTime(input.reviewedAt, before);
        let after: CardSnapshot | null;
        let stats = { prevState: before?.state ?? 0, elapsedDays: 0, scheduledDays: before?.scheduledDays ?? 0 };
        if (input.mode === "practice") {
          after = practiceGrade(before).after; // the schedule is not touched
        } else {
          const g = scheduler.grade(before, input.rating as Rating, at);
          after = g.after;
          stats = { prevState: g.prevState, elapsedDays: g.elapsedDays, scheduledDays: g.scheduledDays };
          if (row) {
            const { count } = await tx.cardState.updateMany({
              where: { id: row.id, version: row.version },
              data: { ...toRow(g.after), version: { increment: 1 } },
            });
            if (count !== 1) throw new StaleState();
          } else {
            await tx.cardState.create({ data: { userId: actor.id, cardId: card.id, ...toRow(g.after), version: 1 } });
          }
        }
        const log = await tx.reviewLog.create({
          data: {
            id: input.id,
            userId: actor.id,
            cardId: card.id,
            rating: input.rating,
            mode: input.mode,
            reviewedAt: at,
            durationMs: input.durationMs ?? null,
            stateBefore: JSON.stringify(before),
            stateAfter: JSON.stringify(after),
            ...stats,
          },
        });
        return receipt(log);
      }),
    // A retry racing the original: if the id landed meanwhile, answer with the stored grade.
    async () => {
      const landed = await db.reviewLog.findUnique({ where: { id: input.id } });
      return landed ? replay(actor, landed, input.cardId) : null;
    },
  );
}

export type UndoReceipt = { id: string; cardId: string; state: CardSnapshot | null };

/**
 * Undo restores the exact state kept before the grade (no new card state is computed) and
 * marks the log undone. Only the grade that produced the card's current state can be undone,
 * so a later grade from another tab is never silently thrown away. Repeating it is harmless.
 */
export async function undoGrade(actor: Actor, input: UndoInput): Promise<UndoReceipt> {
  assertSignedIn(actor);
  return withRetry(() =>
    db.$transaction(async (tx) => {
      const log = await tx.reviewLog.findUnique({ where: { id: input.id } });
      if (!log || log.userId !== actor.id) throw notFound("There is no such grade to undo.");
      const restored = stateToRestore(parseSnapshot(log.stateBefore));
      const out = {
        id: log.id,
        cardId: log.cardId,
        state: log.mode === "practice" ? parseSnapshot(log.stateAfter) : restored,
      };
      if (log.undoneAt) return out;
      if (log.mode !== "practice") {
        const where = { userId_cardId: { userId: actor.id, cardId: log.cardId } };
        const row = await tx.cardState.findUnique({ where });
        if (!sameSnapshot(row ? fromRow(row) : null, parseSnapshot(log.stateAfter))) {
          throw conflict(
            "This card was graded again after that grade (in another tab?), so it can no longer be undone.",
          );
        }
        if (row && restored) {
          const { count } = await tx.cardState.updateMany({
            where: { id: row.id, version: row.version },
            data: { ...toRow(restored), version: { increment: 1 } },
          });
          if (count !== 1) throw new StaleState();
        } else if (row) {
          // The grade introduced the card: undoing it makes the card new again (no state row).
          const { count } = await tx.cardState.deleteMany({ where: { id: row.id, version: row.version } });
          if (count !== 1) throw new StaleState();
        }
      }
      await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: new Date() } });
      return out;
    }),
  );
}
