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
import { insertEarlierGrade } from "@/lib/server/study-replay";
import { countGrade, refuseIfOverGradeLimit, settleGradeLimit } from "@/lib/server/grade-limit";
import { isNotFound } from "@/lib/server/prisma-errors";
import { oneAtATime } from "@/lib/server/keyed-queue";
import { rollupStatements } from "@/lib/server/review-day";
import { cardForGrade } from "@/lib/server/study-cards";
import { insertLog, type NewLog } from "@/lib/server/review-log-insert";

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
function receipt(
  log: Pick<ReviewLog, "id" | "cardId" | "rating" | "mode" | "reviewedAt" | "stateAfter"> & { undoneAt?: Date | null },
  cardState: CardSnapshot | null,
): GradeReceipt {
  return {
    id: log.id,
    cardId: log.cardId,
    rating: log.rating,
    mode: log.mode,
    reviewedAt: log.reviewedAt.toISOString(),
    state: parseSnapshot(log.stateAfter),
    cardState,
    undone: log.undoneAt != null, // a grade just written has none
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

/**
 * One grade, in as few statements as the guarantees allow (issue 11): the card and this
 * user's state of it in one read, the schedule computed outside any transaction, then one
 * batch — the state written only if its version is still the one read (else P2025 and the
 * whole grade runs again on fresh data), the log created under its client-made id (a repeat
 * fails on the primary key, rolls back, and is answered from the stored grade), and the
 * per-user rate counted (lib/server/grade-limit.ts). A grade dated before the card's last
 * review takes the interactive path that replays the later grades (lib/server/study-replay.ts).
 */
export async function recordGrade(actor: Actor, input: GradeInput): Promise<GradeReceipt> {
  assertSignedIn(actor);
  // The user's settings come with the actor (read once per request by currentActor); an actor
  // built by hand (tests, scripts) has them read here.
  const user =
    actor.study ??
    (await db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { desiredRetention: true, fsrsWeights: true },
    }));
  const scheduler = createScheduler(srsSettings({ ...user, timeZone: actor.timeZone }));
  const answerLanded = async () => {
    const landed = await db.reviewLog.findUnique({ where: { id: input.id } });
    return landed ? replay(actor, landed, input.cardId) : null;
  };

  return oneAtATime(`${actor.id}:${input.cardId}`, () => gradeOnce(actor, input, scheduler, answerLanded));
}

async function gradeOnce(
  actor: Actor,
  input: GradeInput,
  scheduler: ReturnType<typeof createScheduler>,
  answerLanded: () => Promise<GradeReceipt | null>,
): Promise<GradeReceipt> {
  return withRetry(async () => {
    const now = new Date();
    const card = await cardForGrade(actor.id, input.cardId);
    if (!card?.active) {
      const landed = await answerLanded(); // a retry of a grade stored before the card left
      if (landed) return landed;
      await refuseIfOverGradeLimit(actor.id, now);
      throw notFound("This card is no longer in the deck; the grade was not stored.");
    }
    const { row, state: before } = card;
    // Never in the future (a fast clock); the past is kept as it was, for the replay below.
    const at = new Date(Math.min(input.reviewedAt.getTime(), now.getTime()));
    const last = before?.lastReview ? Date.parse(before.lastReview) : -Infinity;
    const logData = (data: Omit<NewLog, "id" | "userId" | "cardId" | "rating" | "mode" | "durationMs">): NewLog => ({
      id: input.id,
      userId: actor.id,
      cardId: card.id,
      rating: input.rating,
      mode: input.mode,
      durationMs: input.durationMs ?? null,
      ...data,
    });
    try {
      if (input.mode === "practice") {
        // The schedule is not touched; the grade is logged at its own time.
        const after = practiceGrade(before).after;
        const data = logData({
          reviewedAt: at,
          stateBefore: JSON.stringify(before),
          stateAfter: JSON.stringify(after),
          prevState: before?.state ?? 0,
          scheduledDays: before?.scheduledDays ?? 0,
        });
        await db.$transaction([
          insertLog(db, data, now),
          countGrade(db, actor.id, now),
          ...rollupStatements(db, data, actor.timeZone),
        ]);
        return receipt(data, before);
      }
      if (row && at.getTime() < last) {
        const earlier = await db.$transaction(async (tx) => {
          const e = await insertEarlierGrade(tx, {
            userId: actor.id,
            cardId: card.id,
            row,
            grade: { id: input.id, rating: input.rating as Rating, at },
            scheduler,
            timeZone: actor.timeZone,
          });
          if (!e) return null;
          const f = e.first;
          const data = logData({
            reviewedAt: f.at,
            stateBefore: JSON.stringify(f.before),
            stateAfter: JSON.stringify(f.after),
            prevState: f.prevState,
            elapsedDays: f.elapsedDays,
            scheduledDays: f.scheduledDays,
          });
          const stored = await tx.reviewLog.create({ data });
          await countGrade(tx, actor.id, now);
          for (const st of rollupStatements(tx, data, actor.timeZone)) await st;
          return receipt(stored, e.state);
        });
        if (earlier) return earlier;
      }
      // The latest grade of the card (FSRS cannot go back before the last review it knows).
      const when = new Date(Math.max(at.getTime(), last));
      const g = scheduler.grade(before, input.rating as Rating, when);
      const data = logData({
        reviewedAt: when,
        stateBefore: JSON.stringify(before),
        stateAfter: JSON.stringify(g.after),
        prevState: g.prevState,
        elapsedDays: g.elapsedDays,
        scheduledDays: g.scheduledDays,
      });
      await db.$transaction([
        row
          ? db.cardState.update({
              where: { id: row.id, version: row.version },
              data: { ...toRow(g.after), version: { increment: 1 } },
              select: { id: true },
            })
          : db.cardState.create({
              data: { userId: actor.id, cardId: card.id, ...toRow(g.after), version: 1 },
              select: { id: true },
            }),
        insertLog(db, data, now),
        countGrade(db, actor.id, now),
        // The instructor pages' per-day counts, in the same batch (one upsert each, no read).
        ...rollupStatements(db, data, actor.timeZone),
      ]);
      return receipt(data, g.after);
    } catch (e) {
      // No row matched: the card state moved (another grade won) or the rate window needs
      // settling. Settle it (or refuse with 429), then run the grade again on fresh data.
      if (isNotFound(e)) {
        await settleGradeLimit(actor.id, now);
        throw new StaleState();
      }
      throw e;
    }
  }, answerLanded); // a repeated id (or a retry racing the original): answer with the stored grade
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
      for (const st of rollupStatements(tx, log, actor.timeZone, -1)) await st;
      return out;
    }),
  );
}
