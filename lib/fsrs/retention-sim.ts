import { FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import { mulberry32 } from "@/lib/random";

/**
 * What a desired retention would cost and give, for one learner's own cards: a small seeded
 * Monte Carlo run of the scheduler. Recall at each review is drawn from the learner's memory
 * model (the weights in use) at the interval the scheduler chose for that retention; grades
 * follow the learner's own mix of Hard/Good/Easy. Days are whole days; a new card's and a
 * lapse's same-day steps are counted as reviews and assumed recalled (they are minutes
 * apart). Neither ts-fsrs nor the binding (0.5.0) ships a simulator, hence this one.
 */
export type SimCard =
  | { kind: "new" }
  | {
      kind: "started";
      stability: number;
      difficulty: number;
      /** ≤ 0 */ lastDay: number;
      /** day index it is due (≤ 0: due today) */ dueDay: number;
    };

export type RatingMix = {
  again: number;
  hard: number;
  good: number;
  easy: number;
  hardWhenRecalled: number;
  easyWhenRecalled: number;
};
export const DEFAULT_MIX: RatingMix = {
  again: 0.2,
  hard: 0.1,
  good: 0.6,
  easy: 0.1,
  hardWhenRecalled: 0.1,
  easyWhenRecalled: 0.1,
};

export type SimInput = {
  cards: SimCard[];
  weights: readonly number[];
  newPerDay: number;
  days: number;
  runs: number;
  seed: number;
  mix?: RatingMix;
};
export type SimResult = {
  retention: number;
  /** mean reviews a day over the first 30 days and over all `days` */
  reviewsPerDay30: number;
  reviewsPerDay: number;
  /** mean chance of recalling a started card on a day, over the first 30 days and over all `days` */
  recall30: number;
  recall: number;
  /** share of due (long-term) reviews recalled: ≈ the retention when the model is right */
  recalledAtReview: number;
};

type Live = { s: FSRSState | null; last: number; due: number };

function firstDay(alg: FSRSAlgorithm, rng: () => number, mix: RatingMix): { s: FSRSState; reviews: number } {
  const u = rng();
  const first = u < mix.again ? 1 : u < mix.again + mix.hard ? 2 : u < mix.again + mix.hard + mix.good ? 3 : 4;
  let s = alg.next_state(null, 0, first);
  // Learning steps: until the card graduates with Good (Easy graduates at once).
  const steps = first === 4 ? 0 : first === 3 ? 1 : 2;
  for (let i = 0; i < steps; i++) s = alg.next_state(s, 0, 3);
  return { s, reviews: 1 + steps };
}

export function simulateRetention(input: SimInput, retention: number): SimResult {
  const mix = input.mix ?? DEFAULT_MIX;
  const alg = new FSRSAlgorithm(
    generatorParameters({
      w: [...input.weights],
      request_retention: retention,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  );
  const rng = mulberry32(input.seed);
  let reviews30 = 0,
    reviewsAll = 0,
    recall30 = 0,
    recallAll = 0,
    due = 0,
    ok = 0;
  for (let run = 0; run < input.runs; run++) {
    const cards: Live[] = input.cards.map((c) =>
      c.kind === "new"
        ? { s: null, last: 0, due: Infinity }
        : { s: { stability: c.stability, difficulty: c.difficulty }, last: c.lastDay, due: Math.max(0, c.dueDay) },
    );
    const fresh = cards.filter((c) => c.s === null);
    for (let day = 0; day < input.days; day++) {
      let n = 0;
      for (let k = 0; k < input.newPerDay && fresh.length; k++) {
        const c = fresh.shift()!;
        const f = firstDay(alg, rng, mix);
        c.s = f.s;
        c.last = day;
        c.due = day + alg.next_interval(f.s.stability, 0);
        n += f.reviews;
      }
      for (const c of cards) {
        if (!c.s || c.due > day || c.last === day) continue;
        const t = day - c.last;
        const r = alg.forgetting_curve(t, c.s.stability);
        const hit = rng() < r;
        due++;
        if (hit) ok++;
        let g = 1;
        if (hit) {
          const v = rng();
          g = v < mix.hardWhenRecalled ? 2 : v < mix.hardWhenRecalled + mix.easyWhenRecalled ? 4 : 3;
        }
        c.s = alg.next_state(c.s, t, g);
        n += 1;
        if (g === 1) {
          c.s = alg.next_state(c.s, 0, 3); // the relearning step, minutes later
          n += 1;
        }
        c.last = day;
        c.due = day + alg.next_interval(c.s.stability, t);
      }
      let sumR = 0,
        started = 0;
      for (const c of cards) {
        if (!c.s) continue;
        started++;
        sumR += alg.forgetting_curve(Math.max(0, day - c.last), c.s.stability);
      }
      const meanR = started ? sumR / started : 0;
      reviewsAll += n;
      recallAll += meanR;
      if (day < 30) {
        reviews30 += n;
        recall30 += meanR;
      }
    }
  }
  const d30 = Math.min(30, input.days) * input.runs;
  const dAll = input.days * input.runs;
  return {
    retention,
    reviewsPerDay30: reviews30 / d30,
    reviewsPerDay: reviewsAll / dAll,
    recall30: recall30 / d30,
    recall: recallAll / dAll,
    recalledAtReview: due ? ok / due : NaN,
  };
}

/** The levels the settings page compares: a spread across the allowed range, plus the learner's own. */
export function retentionLevels(current: number): number[] {
  const levels = new Set([0.75, 0.8, 0.85, 0.9, 0.95, Math.round(current * 100) / 100]);
  return [...levels].sort((a, b) => a - b);
}

/** Enough runs to average out, within a fixed budget of card-days (a request's worth of CPU). */
export function simulationRuns(cards: number, days: number, budget = 150_000): number {
  return Math.max(2, Math.min(40, Math.floor(budget / Math.max(1, cards * days))));
}

/** The learner's own grades: the first grade of a card, and Hard/Easy among recalled reviews (defaults below 20 grades). */
export function ratingMix(logs: readonly { rating: number; prevState: number }[]): RatingMix {
  const first = logs.filter((l) => l.prevState === 0);
  const recalled = logs.filter((l) => l.prevState === 2 && l.rating > 1);
  const share = (list: readonly { rating: number }[], r: number) =>
    list.filter((l) => l.rating === r).length / list.length;
  const mix = { ...DEFAULT_MIX };
  if (first.length >= 20)
    Object.assign(mix, { again: share(first, 1), hard: share(first, 2), good: share(first, 3), easy: share(first, 4) });
  if (recalled.length >= 20)
    Object.assign(mix, { hardWhenRecalled: share(recalled, 2), easyWhenRecalled: share(recalled, 4) });
  return mix;
}
