import { FSRSBinding, type BindingMemoryState } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { decideAdoption } from "@/lib/fsrs/adoption";
import { buildItems } from "@/lib/fsrs/items";
import { DEFAULT_WEIGHTS, fitOutcome, outcomeSentence } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { fitWeights } from "@/lib/server/fsrs-optimizer";
import { syntheticLearner } from "@/tests/support/fsrs-synthetic";
import { stringMatching } from "@/tests/support/matchers";

describe("predicted recall", () => {
  it("replays histories with the same FSRS-6 maths as fsrs-rs (the binding's own memory states)", () => {
    const rows = syntheticLearner({ seed: 3, cards: 12, days: 200 });
    const items = buildItems(rows);
    const binding = new FSRSBinding([...DEFAULT_WEIGHTS]);
    const preds = predictRecall(items, DEFAULT_WEIGHTS);
    const decay = -DEFAULT_WEIGHTS[20];
    const factor = 0.9 ** (1 / decay) - 1;
    items.forEach((item, i) => {
      let m: BindingMemoryState | null = null;
      for (const r of item.reviews.slice(0, -1)) {
        const next = binding.nextStates(m, 0.9, r.deltaT);
        m = [next.again, next.hard, next.good, next.easy][r.rating - 1].memory;
      }
      const t = item.reviews[item.reviews.length - 1].deltaT;
      expect(preds[i]).toBeCloseTo((1 + (factor * t) / m!.stability) ** decay, 4);
    });
    expect(items.length).toBeGreaterThan(50);
  });
});

describe("what fsrs-rs returns below its minimums", () => {
  it("gives the defaults below 8 usable reviews, and says so", async () => {
    const items = buildItems(syntheticLearner({ seed: 5, cards: 3, days: 20 })).slice(0, 5);
    const fit = await fitWeights(items);
    expect(fit.outcome).toBe("defaults");
    expect(fit.weights).toHaveLength(21);
    expect(outcomeSentence("defaults", 5)).toMatch(/default weights.*at least 8.*you have 5 reviews/);
  });

  it("fits only the first four weights (the initial stabilities) between 8 and 63 usable reviews", async () => {
    const items = buildItems(syntheticLearner({ seed: 5, cards: 100, days: 200 })).slice(0, 60);
    expect(items).toHaveLength(60);
    const fit = await fitWeights(items);
    expect(fit.outcome).toBe("first-four");
    fit.weights.slice(4).forEach((w, i) => expect(w).toBeCloseTo(DEFAULT_WEIGHTS[i + 4], 5));
    expect(fit.weights.slice(0, 4)).not.toEqual(DEFAULT_WEIGHTS.slice(0, 4));
  });

  it("tells the outcomes apart from the weights themselves", () => {
    const w = [...DEFAULT_WEIGHTS];
    expect(fitOutcome(w)).toBe("defaults");
    expect(fitOutcome([0.5, ...w.slice(1)])).toBe("first-four");
    expect(fitOutcome([...w.slice(0, 20), 0.3])).toBe("full");
    expect(outcomeSentence("first-four", 30)).toMatch(/only the first four.*64.*you have 30/);
    // Above our count but short after fsrs-rs's outlier filter: the sentence says so, not "you need 8".
    expect(outcomeSentence("defaults", 100)).toMatch(/default weights: of your 100 reviews.*outlier filter/);
    expect(outcomeSentence("first-four", 300, "the class")).toMatch(/of the class's 300 reviews.*fewer than 64/);
  });
});

describe("the adoption rule", () => {
  const m = (logLoss: number) => ({ logLoss, rmseBins: 0.05, reviews: 100 });
  it("adopts only a strictly lower log loss on the same later reviews", () => {
    expect(decideAdoption({ fitted: m(0.31), inUse: m(0.32) }).adopt).toBe(true);
    expect(decideAdoption({ fitted: m(0.32), inUse: m(0.32) }).adopt).toBe(false);
    expect(decideAdoption({ fitted: m(0.33), inUse: m(0.32) })).toMatchObject({
      adopt: false,
      reason: stringMatching(/not lower/),
    });
    expect(decideAdoption(null).adopt).toBe(false);
    expect(decideAdoption({ fitted: m(NaN), inUse: m(0.32) }).adopt).toBe(false);
  });
});
