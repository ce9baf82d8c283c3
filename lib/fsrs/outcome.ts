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

/** The sentence the settings page shows for a fit below the full minimum. */
export function outcomeSentence(outcome: FitOutcome, reviews: number): string {
  const have = `${reviews} review${reviews === 1 ? "" : "s"} it can learn from`;
  if (outcome === "defaults")
    return `fsrs-rs returned the default weights: it needs at least ${MIN_REVIEWS_ANY} reviews it can learn from, and you have ${have}.`;
  if (outcome === "first-four")
    return `fsrs-rs fitted only the first four weights (how long a new card is remembered after its first grade): a full fit needs ${MIN_REVIEWS_FULL} reviews it can learn from, and you have ${have}.`;
  return `fsrs-rs fitted all 21 weights on ${have}.`;
}
