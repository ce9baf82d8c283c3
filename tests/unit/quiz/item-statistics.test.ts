import { describe, expect, it } from "vitest";
import { analyzeItems, attemptsForAnalysis, histogram } from "@/lib/quiz/item-statistics";
import { formatNumber, formatPercent } from "@/lib/classes/format";

// A data set small enough to work out by hand. Three items (max marks 1, 1, 2), five
// students A–E, one attempt each. Every expected number below is derived in the comments
// from these marks alone; none was copied from the code's output.
//
//        item1 item2 item3 | total
//   A      1     1     2   |   4
//   B      1     0     2   |   3
//   C      1     1     0   |   2
//   D      0     1     1   |   2
//   E      0     0     0   |   0
const data = {
  maxMarks: [1, 1, 2],
  attempts: [
    [1, 1, 2],
    [1, 0, 2],
    [1, 1, 0],
    [0, 1, 1],
    [0, 0, 0],
  ],
};

describe("item statistics (Moodle's definitions), worked by hand", () => {
  const { test, items } = analyzeItems(data);

  it("item 1: facility, SD, discrimination and efficiency", () => {
    // x = [1,1,1,0,0], mean 0.6 → facility 0.6/1 = 60%.
    // rest y = total − x = [3,2,1,2,0], mean 1.6.
    // dx = [.4,.4,.4,−.6,−.6]      Σdx² = 3·.16 + 2·.36 = 1.2   → var x = 1.2/4 = 0.3
    // dy = [1.4,.4,−.6,.4,−1.6]    Σdy² = 1.96+.16+.36+.16+2.56 = 5.2 → var y = 1.3
    // Σdx·dy = .56+.16−.24−.24+.96 = 1.2 → cov = 0.3
    // DI = 100·0.3/√(0.3·1.3) = 100·√(0.3/1.3) = 48.038…
    // covmax: x sorted [0,0,1,1,1], y sorted [0,1,2,2,3]:
    //   (−.6)(−1.6)+(−.6)(−.6)+(.4)(.4)+(.4)(.4)+(.4)(1.4) = .96+.36+.16+.16+.56 = 2.2 → 0.55
    // DE = 100·0.3/0.55 = 54.545…;  SD = √0.3 = 0.5477 of the max mark 1.
    expect(items[0].facility).toBeCloseTo(0.6, 12);
    expect(items[0].sd).toBeCloseTo(Math.sqrt(0.3), 12);
    expect(items[0].discrimination).toBeCloseTo(100 * Math.sqrt(0.3 / 1.3), 10);
    expect(items[0].discrimination).toBeCloseTo(48.038, 3);
    expect(items[0].efficiency).toBeCloseTo(54.545, 3);
    expect(items[0].flags).toEqual([]);
  });

  it("item 2 discriminates weakly and is flagged", () => {
    // x = [1,0,1,1,0], mean 0.6; rest y = [3,3,1,1,0], mean 1.6.
    // Σdx² = 1.2 → var x 0.3;  dy = [1.4,1.4,−.6,−.6,−1.6], Σdy² = 7.2 → var y 1.8
    // Σdx·dy = .56−.84−.24−.24+.96 = 0.2 → cov 0.05
    // DI = 100·0.05/√(0.3·1.8) = 5/√0.54 = 6.804…  (< 25: weak)
    // covmax: x sorted [0,0,1,1,1], y sorted [0,1,1,3,3]: .96+.36−.24+.56+.56 = 2.2 → 0.55
    // DE = 100·0.05/0.55 = 9.0909…  (< 15: Moodle's dubious rule)
    expect(items[1].facility).toBeCloseTo(0.6, 12);
    expect(items[1].discrimination).toBeCloseTo(5 / Math.sqrt(0.54), 10);
    expect(items[1].discrimination).toBeCloseTo(6.804, 3);
    expect(items[1].efficiency).toBeCloseTo(9.0909, 4);
    expect(items[1].flags).toEqual(["weak_discrimination", "low_efficiency"]);
  });

  it("item 3 (max mark 2): facility is the mean over the max mark", () => {
    // x = [2,2,0,1,0], mean 1 → facility 1/2 = 50%; var x = Σ[1,1,1,0,1]/4 = 1 → SD 1/2 = 50%.
    // rest y = [2,1,2,1,0], mean 1.2; dy = [.8,−.2,.8,−.2,−1.2], Σdy² = 2.8 → var y 0.7
    // Σdx·dy = .8−.2−.8+0+1.2 = 1.0 → cov 0.25;  DI = 25/√0.7 = 29.880…
    // covmax: x sorted [0,0,1,2,2], y sorted [0,1,1,2,2]: 1.2+.2+0+.8+.8 = 3.0 → 0.75
    // DE = 100·0.25/0.75 = 33.33…
    expect(items[2].facility).toBeCloseTo(0.5, 12);
    expect(items[2].sd).toBeCloseTo(0.5, 12);
    expect(items[2].discrimination).toBeCloseTo(25 / Math.sqrt(0.7), 10);
    expect(items[2].efficiency).toBeCloseTo(100 / 3, 10);
  });

  it("test mean, median, sample SD and Cronbach's alpha", () => {
    // totals [4,3,2,2,0]: mean 11/5 = 2.2; median 2 (sorted 0,2,2,3,4).
    // Σ(t − 2.2)² = 3.24+.64+.04+.04+4.84 = 8.8 → sample variance 8.8/4 = 2.2 → SD √2.2 = 1.4832
    // (the population SD would be √(8.8/5) = 1.3266 — Moodle uses the sample one).
    // alpha = k/(k−1)·(1 − Σvar(item)/var(total)) = 3/2·(1 − (0.3+0.3+1)/2.2) = 1.5·(0.6/2.2) = 0.40909…
    expect(test.attempts).toBe(5);
    expect(test.maxTotal).toBe(4);
    expect(test.mean).toBeCloseTo(2.2, 12);
    expect(test.median).toBe(2);
    expect(test.sd).toBeCloseTo(Math.sqrt(2.2), 12);
    expect(test.sd).not.toBeCloseTo(Math.sqrt(8.8 / 5), 3);
    expect(test.alpha).toBeCloseTo(0.40909, 5);
  });
});

describe("item statistics edge cases", () => {
  it("all students equal: correlations are undefined (null, shown as —), never NaN", () => {
    // Item 1 always 1, item 2 always 0: every variance is 0, so DI, DE and alpha divide by 0.
    const r = analyzeItems({
      maxMarks: [1, 1],
      attempts: [
        [1, 0],
        [1, 0],
        [1, 0],
      ],
    });
    expect(r.items.map((i) => i.facility)).toEqual([1, 0]);
    expect(r.items.map((i) => i.sd)).toEqual([0, 0]);
    for (const i of r.items) {
      expect(i.discrimination).toBeNull();
      expect(i.efficiency).toBeNull();
    }
    expect(r.items[0].flags).toEqual(["too_easy"]);
    expect(r.items[1].flags).toEqual(["too_hard"]);
    expect(r.test.sd).toBe(0);
    expect(r.test.alpha).toBeNull();
    expect(formatPercent(r.items[0].discrimination, 100)).toBe("—");
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it("one student: only the facility and the mean exist", () => {
    const r = analyzeItems({ maxMarks: [1, 1, 2], attempts: [[1, 0, 2]] });
    expect(r.items.map((i) => i.facility)).toEqual([1, 0, 1]);
    expect(r.items.every((i) => i.sd === null && i.discrimination === null && i.efficiency === null)).toBe(true);
    expect(r.test).toEqual({ attempts: 1, maxTotal: 4, mean: 3, median: 3, sd: null, alpha: null });
  });

  it("no attempts at all", () => {
    const r = analyzeItems({ maxMarks: [1], attempts: [] });
    expect(r.test).toEqual({ attempts: 0, maxTotal: 1, mean: null, median: null, sd: null, alpha: null });
    expect(r.items[0].facility).toBeNull();
  });

  it("an item the weaker students get right has negative discrimination", () => {
    // x = [1,1,0], rest y = [0,0,1]: y = 1 − x, so the correlation is exactly −1 → DI −100.
    // cov = Σ(dx·dy)/2 with dx = [⅓,⅓,−⅔], dy = [−⅓,−⅓,⅔] → (−1/9 −1/9 −4/9)/2 = −1/3.
    // covmax: x sorted [0,1,1], y sorted [0,0,1]: (−⅔)(−⅓)+(⅓)(−⅓)+(⅓)(⅔) = 3/9 → 1/6.
    // DE = 100·(−1/3)/(1/6) = −200 (Moodle's formula is not bounded below by −100).
    const r = analyzeItems({
      maxMarks: [1, 1],
      attempts: [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
    });
    expect(r.items[0].discrimination).toBeCloseTo(-100, 10);
    expect(r.items[0].efficiency).toBeCloseTo(-200, 10);
    expect(r.items[0].flags).toContain("negative_discrimination");
    expect(r.items[0].flags).not.toContain("weak_discrimination");
  });

  it("histogram puts each fraction in its tenth, with 100% in the top bin", () => {
    expect(histogram([0, 0.05, 0.1, 0.55, 0.999, 1])).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
  });

  it("formats undefined values as a dash and numbers with a fixed precision", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(0.40909)).toBe("40.9%");
    expect(formatPercent(48.0384, 100)).toBe("48.0%");
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatNumber(1.4832, 2)).toBe("1.48");
  });
});

describe("attempts that feed the analysis", () => {
  const mine = [
    { number: 2, fraction: 0.9 },
    { number: 1, fraction: 0.4 },
    { number: 3, fraction: 0.9 },
  ];
  it.each([
    ["highest", [2]],
    ["first", [1]],
    ["last", [3]],
    ["average", [1, 2, 3]],
  ] as const)("follow the %s grading rule by default", (rule, numbers) => {
    expect(attemptsForAnalysis(mine, "graded", rule).map((a) => a.number)).toEqual(numbers);
  });
  it("can be forced to first (Moodle's default) or all attempts", () => {
    expect(attemptsForAnalysis(mine, "first", "highest").map((a) => a.number)).toEqual([1]);
    expect(attemptsForAnalysis(mine, "all", "last").map((a) => a.number)).toEqual([1, 2, 3]);
    expect(attemptsForAnalysis([], "all", "last")).toEqual([]);
  });
});
