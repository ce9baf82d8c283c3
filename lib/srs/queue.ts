import type { CardSnapshot } from "@/lib/srs/snapshot";
import type { Rating } from "@/lib/srs/scheduler";
import { isDue } from "@/lib/srs/due";

/**
 * Which cards a session shows, in what order. Pure. "Due" is lib/srs/due.ts: a card is due
 * today when its due instant falls before the end of today in the learner's zone (`dueBy`),
 * whatever the hour.
 */
export type StudyMode = "review" | "practice";
export type QueueItem = { id: string; position: number; state: CardSnapshot | null };
export type DueKind = "new" | "learning" | "review";

const dueMs = (s: CardSnapshot) => Date.parse(s.due);

/** A card's place in today's review, or null when it is not due today (new cards: always "new"). */
export function dueKind(state: CardSnapshot | null, dueBy: Date): DueKind | null {
  if (!state) return "new";
  if (!isDue(state, dueBy)) return null;
  return state.state === 2 ? "review" : "learning";
}

/** New cards the learner may still start today under their daily limit. */
export function newCardsLeft(limit: number, introducedToday: number): number {
  return Math.max(0, Math.floor(limit) - introducedToday);
}

const byDue = <T extends QueueItem>(a: T, b: T) => dueMs(a.state!) - dueMs(b.state!) || a.position - b.position;

/**
 * Review: learning cards whose step has come, then review cards due today, then new cards
 * (deck order, up to the limit), then learning cards due later today. Practice: every card,
 * the soonest due first and new cards last; nothing in it changes the schedule.
 */
export function buildQueue<T extends QueueItem>(
  cards: T[],
  opts: { mode: StudyMode; now: Date; dueBy: Date; newLimit: number },
): T[] {
  const fresh = cards.filter((c) => !c.state).sort((a, b) => a.position - b.position);
  const started = cards.filter((c) => c.state).sort(byDue);
  if (opts.mode === "practice") return [...started, ...fresh];
  const now = opts.now.getTime();
  const due = started.filter((c) => isDue(c.state, opts.dueBy));
  const learning = due.filter((c) => c.state!.state !== 2);
  return [
    ...learning.filter((c) => dueMs(c.state!) <= now),
    ...due.filter((c) => c.state!.state === 2),
    ...fresh.slice(0, Math.max(0, opts.newLimit)),
    ...learning.filter((c) => dueMs(c.state!) > now),
  ];
}

/**
 * After a grade: in review, a card that is due again today (a learning step, a lapse) goes
 * to the back of the queue; in practice, a card graded Again comes back until it is known.
 */
export function requeue<T extends QueueItem>(
  rest: T[],
  graded: T,
  rating: Rating,
  opts: { mode: StudyMode; dueBy: Date },
): T[] {
  const again = opts.mode === "practice" ? rating === 1 : isDue(graded.state, opts.dueBy);
  return again ? [...rest, graded] : rest;
}

/** Counts for the dashboard: what today's review holds. */
export function countDue(cards: QueueItem[], opts: { dueBy: Date; newLimit: number }) {
  let learning = 0;
  let review = 0;
  let fresh = 0;
  for (const c of cards) {
    const k = dueKind(c.state, opts.dueBy);
    if (k === "learning") learning++;
    else if (k === "review") review++;
    else if (k === "new") fresh++;
  }
  const newToday = Math.min(fresh, Math.max(0, opts.newLimit));
  return { learning, review, new: newToday, newInDeck: fresh, total: learning + review + newToday };
}
