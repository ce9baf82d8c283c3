import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import { ratingMix, retentionLevels, simulateRetention, simulationRuns, type SimCard } from "@/lib/fsrs/retention-sim";

const fresh = (n: number): SimCard[] => Array.from({ length: n }, () => ({ kind: "new" }));
const input = { cards: fresh(60), weights: DEFAULT_WEIGHTS, newPerDay: 5, days: 90, runs: 8, seed: 42 };

describe("retention simulation (seeded, on ts-fsrs)", () => {
  it("gives the same numbers for the same seed, other numbers for another", () => {
    expect(simulateRetention(input, 0.9)).toEqual(simulateRetention(input, 0.9));
    expect(simulateRetention({ ...input, seed: 43 }, 0.9)).not.toEqual(simulateRetention(input, 0.9));
  });

  it("costs more reviews and gives more recall as the desired retention rises", () => {
    const results = [0.75, 0.85, 0.95].map((r) => simulateRetention(input, r));
    for (let i = 1; i < results.length; i++) {
      expect(results[i].reviewsPerDay).toBeGreaterThan(results[i - 1].reviewsPerDay);
      expect(results[i].recall).toBeGreaterThan(results[i - 1].recall);
    }
  });

  it("recalls about the desired share of due reviews when the memory model is right", () => {
    for (const r of [0.8, 0.9]) {
      const res = simulateRetention({ ...input, cards: fresh(200), newPerDay: 10, runs: 4 }, r);
      expect(res.recalledAtReview).toBeGreaterThan(r - 0.03);
      expect(res.recalledAtReview).toBeLessThan(r + 0.03);
    }
  });

  it("starts from the learner's own states: a card due today is reviewed on day one", () => {
    const due: SimCard = { kind: "started", stability: 10, difficulty: 5, lastDay: -10, dueDay: 0 };
    const later: SimCard = { kind: "started", stability: 400, difficulty: 5, lastDay: -1, dueDay: 300 };
    const one = simulateRetention(
      { cards: [due], weights: DEFAULT_WEIGHTS, newPerDay: 0, days: 1, runs: 1, seed: 1 },
      0.9,
    );
    expect(one.reviewsPerDay).toBeGreaterThanOrEqual(1);
    const none = simulateRetention(
      { cards: [later], weights: DEFAULT_WEIGHTS, newPerDay: 0, days: 30, runs: 1, seed: 1 },
      0.9,
    );
    expect(none.reviewsPerDay).toBe(0);
    expect(none.recall).toBeGreaterThan(0.95);
  });

  it("compares a spread of levels plus the learner's own, within a fixed budget", () => {
    expect(retentionLevels(0.87)).toEqual([0.75, 0.8, 0.85, 0.87, 0.9, 0.95]);
    expect(retentionLevels(0.9)).toEqual([0.75, 0.8, 0.85, 0.9, 0.95]);
    expect(simulationRuns(9, 90)).toBe(40);
    expect(simulationRuns(5000, 90)).toBe(2);
  });

  it("takes the learner's own mix of grades once there are enough", () => {
    const logs = [
      ...Array.from({ length: 20 }, () => ({ rating: 1, prevState: 0 })),
      ...Array.from({ length: 20 }, () => ({ rating: 4, prevState: 2 })),
    ];
    expect(ratingMix(logs)).toMatchObject({ again: 1, good: 0, easyWhenRecalled: 1, hardWhenRecalled: 0 });
    expect(ratingMix([])).toMatchObject({ again: 0.2, good: 0.6 });
  });
});
