import { State, type Card } from "ts-fsrs";

/**
 * The FSRS memory state of one card for one learner, in a JSON-safe shape that maps 1:1 to
 * the CardState columns. It is what the server sends the review page, what ReviewLog keeps
 * as `stateBefore`/`stateAfter` (so undo can restore it exactly), and what the scheduler
 * wrapper takes and returns. `null` means "new": the learner has never graded the card.
 */
export type CardSnapshot = {
  due: string; // ISO instant
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning */
  state: number;
  lastReview: string | null;
};

export const STATE_NAMES = ["New", "Learning", "Review", "Relearning"] as const;
const FSRS_STATES = [State.New, State.Learning, State.Review, State.Relearning] as const;

function fsrsState(n: number): State {
  if (!Number.isInteger(n) || n < 0 || n >= FSRS_STATES.length) throw new Error(`not an FSRS card state: ${n}`);
  return FSRS_STATES[n];
}

export function toFsrsCard(s: CardSnapshot): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays, // eslint-disable-line @typescript-eslint/no-deprecated -- ts-fsrs 5's Card still requires it
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: fsrsState(s.state),
    last_review: s.lastReview ? new Date(s.lastReview) : undefined,
  };
}

export function fromFsrsCard(c: Card): CardSnapshot {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days, // eslint-disable-line @typescript-eslint/no-deprecated -- kept so undo restores the exact state; gone with ts-fsrs 6
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

/** A CardState-like row (Dates) to a snapshot. */
export type StateRow = Omit<CardSnapshot, "due" | "lastReview"> & { due: Date; lastReview: Date | null };

export function fromRow(r: StateRow): CardSnapshot {
  return {
    due: r.due.toISOString(),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsedDays,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.lastReview ? r.lastReview.toISOString() : null,
  };
}

/** The snapshot as CardState column values. */
export function toRow(s: CardSnapshot): StateRow {
  return { ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}

const NUMBER_FIELDS = [
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
] as const;

/** Parses the JSON kept in ReviewLog; throws on anything that is not a snapshot or null. */
export function parseSnapshot(json: string): CardSnapshot | null {
  const v = JSON.parse(json) as unknown;
  if (v === null) return null;
  const o = v as Record<string, unknown>;
  const ok =
    typeof o === "object" &&
    typeof o.due === "string" &&
    !Number.isNaN(Date.parse(o.due)) &&
    (o.lastReview === null || typeof o.lastReview === "string") &&
    NUMBER_FIELDS.every((k) => typeof o[k] === "number" && Number.isFinite(o[k]));
  if (!ok) throw new Error("not a card snapshot");
  const out = { due: o.due, lastReview: o.lastReview } as CardSnapshot;
  for (const k of NUMBER_FIELDS) out[k] = o[k] as number;
  return out;
}
