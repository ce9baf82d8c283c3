import type { ReviewCardData } from "@/lib/srs/review-card";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import type { Op } from "@/lib/srs/grade-outbox";
import { srsSettings, type SrsSettings } from "@/lib/srs/scheduler";
import { buildQueue, countDue, newCardsLeft, type StudyMode } from "@/lib/srs/queue";
import { dueByEndOfToday } from "@/lib/srs/due";
import { localDayKey, type DayKey } from "@/lib/time/local-day";

/**
 * What a device keeps to study without a connection: the learner's scheduler settings, the
 * cards of the next days (rendered HTML and FSRS state) and how many new cards they started
 * on the day it was taken. The server builds it (GET /api/study/snapshot); the device keeps
 * it in IndexedDB and, offline, folds its own waiting grades into it and builds the queue with
 * the same code the server uses (lib/srs/queue.ts, lib/srs/scheduler.ts). Pure.
 */
export const SNAPSHOT_VERSION = 1;
/** How many days of new cards a snapshot carries (at the learner's daily limit). */
export const SNAPSHOT_DAYS = 7;

export type SnapshotSettings = {
  desiredRetention: number;
  timeZone: string;
  newCardsPerDay: number;
  /** The learner's own FSRS weights, once they have them; absent = the default weights. */
  weights?: number[];
};

export type StudySnapshot = {
  version: typeof SNAPSHOT_VERSION;
  userId: string;
  /** When the server built it: "last synced …". */
  syncedAt: string;
  settings: SnapshotSettings;
  /** New cards the learner started on `day` (their local day), for the daily limit. */
  introduced: { day: DayKey; count: number };
  cards: ReviewCardData[];
};

/**
 * The scheduler settings a snapshot implies: the same function the server applies to the user
 * row (it is handed the whole settings, weights included, so per-learner weights reach the
 * offline previews as soon as srsSettings reads them).
 */
export function snapshotSrsSettings(s: SnapshotSettings): SrsSettings {
  return srsSettings(s);
}

/**
 * The snapshot's card states with the device's waiting ops applied, in queue order. Ops carry
 * absolute states (the grade's `after`, the undo's `restore`), so an op the server already has
 * (sent, answer lost) applies the same state again: folding is safe to repeat. Practice grades
 * change nothing. Also counts, per local day, the new cards those grades started.
 */
export function foldPending(snapshot: StudySnapshot, ops: Op[]) {
  const states = new Map<string, CardSnapshot | null>(snapshot.cards.map((c) => [c.id, c.state]));
  const started = new Map<DayKey, number>();
  const tz = snapshot.settings.timeZone;
  for (const op of ops) {
    if (op.kind === "grade") {
      if (op.mode !== "review" || op.after === undefined || !states.has(op.cardId)) continue;
      if (states.get(op.cardId) === null && op.after !== null) {
        const day = localDayKey(new Date(op.reviewedAt), tz);
        started.set(day, (started.get(day) ?? 0) + 1);
      }
      states.set(op.cardId, op.after);
    } else if (op.cardId && op.restore !== undefined && states.has(op.cardId)) {
      states.set(op.cardId, op.restore);
    }
  }
  return { states, started };
}

/** Offline: today's review (or a practice round) from the snapshot and the waiting ops, as the server would build it. */
export function offlineSession(
  snapshot: StudySnapshot,
  ops: Op[],
  opts: { mode: StudyMode; now: Date; deck?: string },
) {
  const settings = snapshotSrsSettings(snapshot.settings);
  const { states, started } = foldPending(snapshot, ops);
  const today = localDayKey(opts.now, settings.timeZone);
  const introduced = (snapshot.introduced.day === today ? snapshot.introduced.count : 0) + (started.get(today) ?? 0);
  const newLimit = newCardsLeft(snapshot.settings.newCardsPerDay, introduced);
  const dueBy = dueByEndOfToday(opts.now, settings.timeZone);
  const cards = snapshot.cards
    .filter((c) => !opts.deck || c.deckSlug === opts.deck)
    .map((c) => ({ ...c, state: states.get(c.id) ?? null }));
  const queue = buildQueue(cards, { mode: opts.mode, now: opts.now, dueBy, newLimit });
  return { cards: queue, settings, dueBy, today, counts: countDue(cards, { dueBy, newLimit }) };
}

/** A snapshot as it came over the wire or out of storage, or null when it is not one this version reads. */
export function asSnapshot(v: unknown): StudySnapshot | null {
  const s = v as Partial<StudySnapshot> | null;
  if (
    !s ||
    s.version !== SNAPSHOT_VERSION ||
    typeof s.userId !== "string" ||
    !Array.isArray(s.cards) ||
    !s.settings ||
    !s.introduced
  )
    return null;
  return s as StudySnapshot;
}
