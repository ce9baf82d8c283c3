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

  it("test skewness and kurtosis from the sample cumulants", () => {
    // totals [4,3,2,2,0], s = 5, mean 2.2: d = [1.8, .8, −.2, −.2, −2.2]
    // Σd² = 3.24+.64+.04+.04+4.84 = 8.8            → m2 = 1.76
    // Σd³ = 5.832+.512−.008−.008−10.648 = −4.32     → m3 = −0.864
    // Σd⁴ = 10.4976+.4096+.0016+.0016+23.4256 = 34.336 → m4 = 6.8672
    // k2 = 5·1.76/4 = 2.2 (the sample variance); k3 = 25·(−0.864)/(4·3) = −1.8
    // skewness = −1.8 / 2.2^1.5 = −1.8 / 3.26313 = −0.55162  (a tail towards low totals: student E)
    // k4 = 25·(6·6.8672 − 3·4·1.76²)/(4·3·2) = 25·(41.2032 − 37.1712)/24 = 25·4.032/24 = 4.2
    // kurtosis = 4.2 / 2.2² = 4.2 / 4.84 = 0.86777
    expect(test.skewness).toBeCloseTo(-1.8 / Math.pow(2.2, 1.5), 12);
    expect(test.skewness).toBeCloseTo(-0.55162, 5);
    expect(test.kurtosis).toBeCloseTo(4.2 / 4.84, 12);
    expect(test.kurtosis).toBeCloseTo(0.86777, 5);
  });

  it("error ratio and standard error of the test", () => {
    // alpha = 1.5·(1 − 1.6/2.2) = 1.5·0.6/2.2 = 9/22
    // error ratio = √(1 − 9/22) = √(13/22) = 0.76871 (Moodle prints 76.87%)
    // standard error = ER · SD = √(13/22)·√2.2 = √(13·2.2/22) = √1.3 = 1.14018 marks
    expect(test.errorRatio).toBeCloseTo(Math.sqrt(13 / 22), 12);
    expect(test.errorRatio).toBeCloseTo(0.76871, 5);
    expect(test.standardError).toBeCloseTo(Math.sqrt(1.3), 12);
    expect(test.standardError).toBeCloseTo(1.14018, 5);
  });
});

describe("test statistics need enough attempts", () => {
  it("skewness from 3 attempts, kurtosis from 4, neither without a spread", () => {
    // totals [0, 1, 2]: symmetric, so k3 = 0 and the skewness is exactly 0; 3 attempts: no kurtosis.
    const three = analyzeItems({ maxMarks: [2], attempts: [[0], [1], [2]] });
    expect(three.test.skewness).toBe(0);
    expect(three.test.kurtosis).toBeNull();
    // Two attempts: no skewness either. One item: no alpha, so no error ratio or standard error.
    const two = analyzeItems({ maxMarks: [2], attempts: [[0], [2]] });
    expect(two.test).toMatchObject({
      skewness: null,
      kurtosis: null,
      alpha: null,
      errorRatio: null,
      standardError: null,
    });
    // Everyone the same total: k2 = 0, both undefined (never NaN).
    const flat = analyzeItems({
      maxMarks: [1, 1],
      attempts: [
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ],
    });
    expect(flat.test).toMatchObject({ sd: 0, skewness: null, kurtosis: null });
  });

  it("kurtosis of four totals worked by hand", () => {
    // totals [0, 0, 0, 4]: mean 1, d = [−1, −1, −1, 3]; Σd² = 12, Σd³ = 24, Σd⁴ = 84
    // m2 = 3, m3 = 6, m4 = 21; k2 = 4·3/3 = 4; k3 = 16·6/(3·2) = 16; skewness = 16/4^1.5 = 2
    // k4 = 16·(5·21 − 3·3·9)/(3·2·1) = 16·(105 − 81)/6 = 64; kurtosis = 64/16 = 4
    const r = analyzeItems({ maxMarks: [4], attempts: [[0], [0], [0], [4]] });
    expect(r.test.skewness).toBeCloseTo(2, 12);
    expect(r.test.kurtosis).toBeCloseTo(4, 12);
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
    expect(r.test).toEqual({
      attempts: 1,
      maxTotal: 4,
      mean: 3,
      median: 3,
      sd: null,
      alpha: null,
      skewness: null,
      kurtosis: null,
      errorRatio: null,
      standardError: null,
    });
  });

  it("no attempts at all", () => {
    const r = analyzeItems({ maxMarks: [1], attempts: [] });
    expect(r.test).toEqual({
      attempts: 0,
      maxTotal: 1,
      mean: null,
      median: null,
      sd: null,
      alpha: null,
      skewness: null,
      kurtosis: null,
      errorRatio: null,
      standardError: null,
    });
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
