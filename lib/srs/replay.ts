import type { Rating, Scheduler } from "@/lib/srs/scheduler";
import type { CardSnapshot } from "@/lib/srs/snapshot";

/**
 * Grades of one card applied in review-time order. A grade made offline can reach the server
 * after a later grade of the same card from another device; FSRS needs the true order (the
 * elapsed time between reviews is the signal), so the server replays: it starts from the state
 * before the first grade that came later in time, applies the late grade at its own time, then
 * every later grade again at theirs. Pure: the server stores what this returns.
 */
export type TimedGrade = { id: string; rating: Rating; at: Date };
export type ReplayedGrade = {
  id: string;
  at: Date;
  before: CardSnapshot | null;
  after: CardSnapshot;
  prevState: number;
  elapsedDays: number;
  scheduledDays: number;
};

/** Applies `grades` (sorted by time, earliest first) one after another from `start`. */
export function replayGrades(scheduler: Scheduler, start: CardSnapshot | null, grades: TimedGrade[]): ReplayedGrade[] {
  const out: ReplayedGrade[] = [];
  let state = start;
  for (const g of grades) {
    const r = scheduler.grade(state, g.rating, g.at);
    out.push({
      id: g.id,
      at: g.at,
      before: state,
      after: r.after,
      prevState: r.prevState,
      elapsedDays: r.elapsedDays,
      scheduledDays: r.scheduledDays,
    });
    state = r.after;
  }
  return out;
}
