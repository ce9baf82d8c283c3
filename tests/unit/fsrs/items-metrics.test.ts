import { describe, expect, it } from "vitest";
import { calibrationBins, predictionBin } from "@/lib/fsrs/calibration";
import { buildItems, recalled, type ReviewRow } from "@/lib/fsrs/items";
import { binKey, logLoss, rmseBins } from "@/lib/fsrs/metrics";
import { timeSeriesSplits } from "@/lib/fsrs/split";

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, 1 + day, hour));
const row = (seq: string, day: number, rating: number, hour = 9): ReviewRow => ({
  seq,
  reviewedAt: at(day, hour),
  rating,
});

describe("review history → fsrs-rs items", () => {
  it("never makes a card's first review or a same-day repeat a target, but keeps both in the history", () => {
    // fsrs-rs's own CSV conversion gives exactly these three items for this card (checked with the binding).
    const items = buildItems([
      row("a", 0, 3),
      row("a", 0, 3, 10),
      row("a", 1, 3),
      row("a", 4, 1),
      row("a", 4, 3, 11),
      row("a", 6, 3),
    ]);
    expect(items.map((i) => i.reviews.map((r) => `${r.rating}@${r.deltaT}`).join(" "))).toEqual([
      "3@0 3@0 3@1",
      "3@0 3@0 3@1 1@3",
      "3@0 3@0 3@1 1@3 3@0 3@2",
    ]);
    expect(items.map(recalled)).toEqual([1, 0, 1]);
  });

  it("keeps two learners' histories of one card apart and orders items by their target review", () => {
    const items = buildItems([row("u1:c", 0, 3), row("u2:c", 1, 3), row("u1:c", 5, 3), row("u2:c", 3, 1)]);
    expect(items.map((i) => [i.seq, i.reviews.length, i.reviews[1].deltaT])).toEqual([
      ["u2:c", 2, 2],
      ["u1:c", 2, 5],
    ]);
  });

  it("counts whole UTC days as ts-fsrs does when it schedules, whatever the hour", () => {
    const [item] = buildItems([row("a", 0, 3, 23), row("a", 1, 3, 1)]);
    expect(item.reviews[1].deltaT).toBe(1);
  });
});

describe("metrics as fsrs-rs computes them", () => {
  it("log loss clamps predictions to [0.0001, 0.9999]", () => {
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 12);
    expect(logLoss([1, 0], [0, 1])).toBeCloseTo(-Math.log(0.0001), 9);
  });

  it("bins items by interval, length and lapses (r_matrix_index)", () => {
    const items = buildItems([row("a", 0, 3), row("a", 1, 1), row("a", 4, 3), row("b", 0, 3), row("b", 30, 3)]);
    const [a1, a2, b] = items;
    // fsrs-rs counts the long-term reviews of the whole item, the target included: length 1 + 1 → 1.99·1.89 ≈ 4.
    expect(binKey(a1)).toBe("248/4/0"); // 1 day: 2.48·3.62^0·100
    expect(binKey(a2)).toBe("248/4/2"); // 3 days, 2 long-term reviews (+1 → 3 → still 4), one lapse before it → 1.65 rounded
    expect(binKey(b)).toBe("3250/4/0"); // 30 days: 2.48·3.62^2·100 rounded
    expect(rmseBins([a1, b], [0.5, 0.5])).toBeCloseTo(Math.sqrt((0.5 ** 2 + 0.5 ** 2) / 2), 12);
  });

  it("reliability bins follow fsrs-rs's get_bin (its own test vector)", () => {
    const bins = Array.from({ length: 101 }, (_, i) => predictionBin(i / 100));
    // prettier-ignore
    expect(bins).toEqual([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,4,4,4,4,4,4,5,5,5,5,5,6,6,6,6,6,7,7,7,7,8,8,8,9,9,9,10,10,10,11,11,11,12,12,13,13,14,14,14,15,15,16,17,17,18,18,19,19]);
    const items = buildItems([row("a", 0, 3), row("a", 2, 3), row("b", 0, 3), row("b", 2, 1)]);
    expect(calibrationBins(items, [0.95, 0.96])).toEqual([{ predicted: 0.955, measured: 0.5, reviews: 2 }]);
  });

  it("splits in time order like fsrs-rs's TimeSeriesSplit (its own test vector)", () => {
    const items = buildItems(Array.from({ length: 6 }, (_, i) => [row(`c${i}`, 0, 3), row(`c${i}`, 1 + i, 3)]).flat());
    const folds = timeSeriesSplits(items, 5);
    expect(folds.map((f) => [f.train.length, f.test.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(folds.every((f) => f.train.every((t) => t.at < f.test[0].at))).toBe(true);
    expect(timeSeriesSplits(items.slice(0, 5), 5)).toEqual([]);
  });
});
