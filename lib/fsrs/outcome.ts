import { default_w } from "ts-fsrs";

/**
 * What fsrs-rs returns below its minimums (training.rs `compute_parameters`): fewer than 8
 * reviews it can learn from → the default weights unchanged; fewer than 64 (or every item
 * the first long-term review of its card) → only the first four weights, the initial
 * stabilities, fitted and the rest default; otherwise all 21 trained. The outcome is read
 * from the weights it actually returned, so it stays true if the thresholds move.
 */
export const MIN_REVIEWS_ANY = 8;
export const MIN_REVIEWS_FULL = 64;
export const DEFAULT_WEIGHTS: readonly number[] = Array.from(default_w);

export type FitOutcome = "defaults" | "first-four" | "full";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(b));

export function fitOutcome(weights: readonly number[]): FitOutcome {
  const rest = weights.slice(4).every((w, i) => close(w, DEFAULT_WEIGHTS[i + 4]));
  if (!rest) return "full";
  return weights.slice(0, 4).every((w, i) => close(w, DEFAULT_WEIGHTS[i])) ? "defaults" : "first-four";
}

export function sameWeights(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((w, i) => close(w, b[i]));
}

/**
 * The sentence the settings page shows for a fit below a full one. fsrs-rs first sets aside
 * outliers (rare combinations of a card's first grade and the interval after it), so a
 * learner above a threshold by our count can still get the defaults or only four weights.
 */
export function outcomeSentence(outcome: FitOutcome, reviews: number, who: "you" | "the class" = "you"): string {
  const have = `${reviews} review${reviews === 1 ? "" : "s"} it can learn from`;
  const has = who === "you" ? `you have ${have}` : `the class has ${have}`;
  const of = who === "you" ? `of your ${have}` : `of the class's ${have}`;
  const filtered = "once its outlier filter set aside rare combinations of first grade and interval";
  if (outcome === "defaults")
    return reviews < MIN_REVIEWS_ANY
      ? `fsrs-rs returned the default weights: it needs at least ${MIN_REVIEWS_ANY} reviews it can learn from, and ${has}.`
      : `fsrs-rs returned the default weights: ${of}, too few were left ${filtered} to estimate even the first four.`;
  if (outcome === "first-four")
    return reviews < MIN_REVIEWS_FULL
      ? `fsrs-rs fitted only the first four weights (how long a new card is remembered after its first grade): a full fit needs ${MIN_REVIEWS_FULL} reviews it can learn from, and ${has}.`
      : `fsrs-rs fitted only the first four weights (how long a new card is remembered after its first grade): ${of}, fewer than ${MIN_REVIEWS_FULL} were left ${filtered}, or all were a card's first review a day or more later.`;
  return `fsrs-rs fitted all 21 weights on ${have}.`;
}
