import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import type { ReviewRow } from "@/lib/fsrs/items";
import { createRng } from "@/lib/random";

/**
 * Synthetic learners whose memory follows a KNOWN set of FSRS-6 weights: each review's
 * outcome is drawn from the retrievability those true weights give, while the cards are
 * scheduled as the app schedules them today (default weights, 90% retention, whole days).
 * Seeded, so every run makes the same reviews.
 */
export const TRUE_WEIGHTS: readonly number[] = [
  0.4, 0.9, 1.5, 3.0, 6.0, 0.6, 2.5, 0.05, 0.8, 0.2, 1.2, 2.0, 0.05, 0.3, 2.0, 0.3, 2.5, 0.5, 0.1, 0.1, 0.5,
];

export const DAY_MS = 86_400_000;
export const START = Date.UTC(2025, 0, 6, 8);

export type LearnerSpec = {
  seed: number;
  cards: number;
  days: number;
  weights?: readonly number[];
  start?: number;
  prefix?: string;
};

export function syntheticLearner({
  seed,
  cards,
  days,
  weights = TRUE_WEIGHTS,
  start = START,
  prefix = `L${seed}`,
}: LearnerSpec): ReviewRow[] {
  const rng = createRng(seed);
  const truth = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
  const sched = new FSRSAlgorithm(
    generatorParameters({ w: [...default_w], enable_short_term: true, request_retention: 0.9 }),
  );
  const rows: ReviewRow[] = [];
  for (let c = 0; c < cards; c++) {
    let day = rng.int(0, Math.floor(days / 2));
    let t: FSRSState | null = null;
    let s: FSRSState | null = null;
    let last = day;
    while (day < days) {
      const elapsed = day - last;
      let rating: number;
      if (t === null) rating = rng.pick([1, 2, 3, 3, 3, 3, 3, 4]);
      else rating = rng.next() < truth.forgetting_curve(elapsed, t.stability) ? rng.pick([2, 3, 3, 3, 3, 3, 3, 4]) : 1;
      // A few hours into the learner's day, so two reviews never share an instant.
      rows.push({
        seq: `${prefix}:c${c}`,
        reviewedAt: new Date(start + day * DAY_MS + rng.int(0, 10 * 60) * 60_000),
        rating,
      });
      t = truth.next_state(t, elapsed, rating);
      s = sched.next_state(s, elapsed, rating);
      last = day;
      day += sched.next_interval(s.stability, elapsed);
    }
  }
  return rows;
}

/** Several learners with the same true weights, rows pooled in time order. */
export function syntheticClass(n: number, spec: Omit<LearnerSpec, "seed" | "prefix">, seed = 1): ReviewRow[] {
  return Array.from({ length: n }, (_, i) => syntheticLearner({ ...spec, seed: seed + i })).flat();
}
