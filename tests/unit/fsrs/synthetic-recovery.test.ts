import { describe, expect, it } from "vitest";
import { decideAdoption } from "@/lib/fsrs/adoption";
import { buildItems } from "@/lib/fsrs/items";
import { measure } from "@/lib/fsrs/metrics";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { compareOnLaterReviews, fitWeights } from "@/lib/server/fsrs-optimizer";
import { syntheticClass, TRUE_WEIGHTS } from "@/tests/support/fsrs-synthetic";

/**
 * The optimizer recovers a memory that is not the default one. Reviews come from seeded
 * learners whose recall is drawn from a known, non-default FSRS-6 parameter set; fsrs-rs
 * fits on the first 70% (in time) and is judged on the later 30% it never saw.
 */
const rows = syntheticClass(12, { cards: 40, days: 365 }, 11);
const items = buildItems(rows);
const cut = Math.floor(items.length * 0.7);
const [train, heldOut] = [items.slice(0, cut), items.slice(cut)];

describe("synthetic recovery: weights fitted by fsrs-rs on known non-default memories", () => {
  it("has enough reviews for a full fit", () => {
    expect(train.length).toBeGreaterThan(2500);
    expect(heldOut.length).toBeGreaterThan(1000);
  });

  it("beats the default weights on the held-out later reviews, in log loss and in RMSE(bins)", async () => {
    const fit = await fitWeights(train);
    expect(fit.outcome).toBe("full");
    const fitted = measure(heldOut, predictRecall(heldOut, fit.weights));
    const defaults = measure(heldOut, predictRecall(heldOut, DEFAULT_WEIGHTS));
    const truth = measure(heldOut, predictRecall(heldOut, TRUE_WEIGHTS));
    expect(fitted.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitted.rmseBins).toBeLessThan(defaults.rmseBins);
    // Nothing fitted on data can beat the weights that generated it by more than noise.
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(fitted.logLoss).toBeGreaterThan(truth.logLoss - 0.01);
  });

  it("the adoption rule takes fitted weights over the defaults, and refuses them against the true weights", async () => {
    const overDefaults = decideAdoption(await compareOnLaterReviews(items, DEFAULT_WEIGHTS));
    expect(overDefaults.adopt).toBe(true);
    const overTruth = decideAdoption(await compareOnLaterReviews(items, TRUE_WEIGHTS));
    expect(overTruth.adopt).toBe(false);
    expect(overTruth.reason).toMatch(/not lower/);
  });
});
