import "server-only";
import { db } from "@/lib/db";
import type { Prisma, ReviewLog } from "@/lib/generated/prisma/client";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { conflict, notFound } from "@/lib/server/errors";
import { createScheduler, practiceGrade, srsSettings, stateToRestore, type Rating } from "@/lib/srs/scheduler";
import { fromRow, parseSnapshot, toRow, type CardSnapshot } from "@/lib/srs/snapshot";
import { sameSnapshot } from "@/lib/srs/same-snapshot";
import type { GradeInput, UndoInput } from "@/lib/validation/study";
import { withRetry, StaleState } from "@/lib/server/study-retry";
import { insertEarlierGrade } from "@/lib/server/study-replay";

/**
 * Grades and undo. One CardState per (user, card), written only through a version check;
 * one ReviewLog per grade, keyed by the client-made id, so a grade sent twice (a retry, two
 * tabs, the service worker) is stored once. Grades of a card apply in review-time order: two
 * tabs grading at once each build on the state the other left, and a grade made offline that
 * arrives after a later grade from another device is put in its place in time
 * (lib/server/study-replay.ts) instead of being refused or stacked on top.
 */
export type GradeReceipt = {
  id: string;
  cardId: string;
  rating: number;
  mode: string;
  reviewedAt: string;
  /** The card's state right after this grade (practice: unchanged). null = still new. */
  state: CardSnapshot | null;
  /** The card's state on the server now (later grades from other devices included): what the device adopts. */
  cardState: CardSnapshot | null;
  undone: boolean;
};

/** Built from the stored row and the card's current state, so the same id always gets the same kind of answer. */
function receipt(log: ReviewLog, cardState: CardSnapshot | null): GradeReceipt {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    mode: log.mode,
    reviewedAt: log.reviewedAt.toISOString(),
    state: parseSnapshot(log.stateAfter),
    cardState,
    undone: log.undoneAt !== null,
  };
}

async function currentState(userId: string, cardId: string): Promise<CardSnapshot | null> {
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  return row ? fromRow(row) : null;
}

async function replay(actor: Actor, log: ReviewLog, cardId: string): Promise<GradeReceipt> {
  if (log.userId !== actor.id || log.cardId !== cardId)
    throw conflict("This grade id is already used by another grade.");
  return receipt(log, await currentState(actor.id, cardId));
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
  // Never in the future (a fast clock); the past is kept as it was, for the replay below.
  const at = new Date(Math.min(input.reviewedAt.getTime(), Date.now()));

  return withRetry(
    () =>
      db.$transaction(async (tx) => {
        const row = await tx.cardState.findUnique({ where });
        const before = row ? fromRow(row) : null;
        const log = (
          data: Omit<
            Prisma.ReviewLogUncheckedCreateInput,
            "id" | "userId" | "cardId" | "rating" | "mode" | "durationMs"
          >,
        ) =>
          tx.reviewLog.create({
            data: {
              id: input.id,
              userId: actor.id,
              cardId: card.id,
              rating: input.rating,
              mode: input.mode,
              durationMs: input.durationMs ?? null,
              ...data,
            },
          });

        if (input.mode === "practice") {
          // The schedule is not touched; the grade is logged at its own time.
          const after = practiceGrade(before).after;
          const stored = await log({
            reviewedAt: at,
            stateBefore: JSON.stringify(before),
            stateAfter: JSON.stringify(after),
            prevState: before?.state ?? 0,
            scheduledDays: before?.scheduledDays ?? 0,
          });
          return receipt(stored, before);
        }
        const last = before?.lastReview ? Date.parse(before.lastReview) : -Infinity;
        if (row && at.getTime() < last) {
          const earlier = await insertEarlierGrade(tx, {
            userId: actor.id,
            cardId: card.id,
            row,
            grade: { id: input.id, rating: input.rating as Rating, at },
            scheduler,
          });
          if (earlier) {
            const f = earlier.first;
            const stored = await log({
              reviewedAt: f.at,
              stateBefore: JSON.stringify(f.before),
              stateAfter: JSON.stringify(f.after),
              prevState: f.prevState,
              elapsedDays: f.elapsedDays,
              scheduledDays: f.scheduledDays,
            });
            return receipt(stored, earlier.state);
          }
        }
        // The latest grade of the card (FSRS cannot go back before the last review it knows).
        const when = new Date(Math.max(at.getTime(), last));
        const g = scheduler.grade(before, input.rating as Rating, when);
        if (row) {
          const { count } = await tx.cardState.updateMany({
            where: { id: row.id, version: row.version },
            data: { ...toRow(g.after), version: { increment: 1 } },
          });
          if (count !== 1) throw new StaleState();
        } else {
          await tx.cardState.create({ data: { userId: actor.id, cardId: card.id, ...toRow(g.after), version: 1 } });
        }
        const stored = await log({
          reviewedAt: when,
          stateBefore: JSON.stringify(before),
          stateAfter: JSON.stringify(g.after),
          prevState: g.prevState,
          elapsedDays: g.elapsedDays,
          scheduledDays: g.scheduledDays,
        });
        return receipt(stored, g.after);
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
