import "server-only";
import { computeParameters, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import type { FsrsItem } from "@/lib/fsrs/items";
import { measure, type Metrics } from "@/lib/fsrs/metrics";
import { predictRecall } from "@/lib/fsrs/predict";
import { timeSeriesSplits } from "@/lib/fsrs/split";
import { DEFAULT_WEIGHTS, fitOutcome, type FitOutcome } from "@/lib/fsrs/outcome";
import { RELEARNING_STEPS } from "@/lib/srs/scheduler";

/**
 * The one door to the FSRS optimizer: fsrs-rs through its napi-rs binding (a native addon,
 * kept out of every client bundle by next.config.js and the architecture test). A fit costs
 * about half a second of CPU per few thousand reviews, so only background jobs come here,
 * never a request.
 */
const toBinding = (items: readonly FsrsItem[]) =>
  items.map((it) => new FSRSBindingItem(it.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));

export type Fit = { weights: number[]; outcome: FitOutcome };

/** fsrs-rs's `compute_parameters` on these items, as the scheduler uses FSRS (short-term on, one relearning step). */
export async function fitWeights(items: readonly FsrsItem[]): Promise<Fit> {
  if (items.length === 0) return { weights: [...DEFAULT_WEIGHTS], outcome: "defaults" };
  try {
    const weights = await computeParameters(toBinding(items), {
      enableShortTerm: true,
      numRelearningSteps: RELEARNING_STEPS.length,
    });
    return { weights, outcome: fitOutcome(weights) };
  } catch (e) {
    // fsrs-rs refuses (rather than defaults) when no item is a card's first long-term review,
    // which its initial-stability step needs: the same outcome for us, the defaults.
    if (/NotEnoughData/.test(String(e))) return { weights: [...DEFAULT_WEIGHTS], outcome: "defaults" };
    throw e;
  }
}

export type Comparison = { fitted: Metrics; inUse: Metrics };

/**
 * fsrs-rs's time-series split (5 folds), done here rather than with the binding's
 * `evaluateWithTimeSeriesSplits`, because the rule needs both sides on the same reviews:
 * weights fitted only on earlier reviews and the weights in use, each predicting the later
 * ones. null when there are too few items to split.
 */
export async function compareOnLaterReviews(
  items: readonly FsrsItem[],
  inUse: readonly number[],
): Promise<Comparison | null> {
  const folds = timeSeriesSplits(items, 5);
  if (!folds.length) return null;
  const test: FsrsItem[] = [];
  const fitted: number[] = [];
  for (const fold of folds) {
    // One fold at a time: the runner shares the machine with requests.
    const { weights } = await fitWeights(fold.train);
    test.push(...fold.test);
    fitted.push(...predictRecall(fold.test, weights));
  }
  return { fitted: measure(test, fitted), inUse: measure(test, predictRecall(test, inUse)) };
}
