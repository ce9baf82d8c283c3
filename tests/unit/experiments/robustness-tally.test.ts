import { describe, expect, it } from "vitest";
import { cardMarkers, countPhrase } from "@/lib/experiments/robustness/card-markers";
import { countsText, heldText, spreadText } from "@/lib/experiments/robustness/describe";
import { randomSeeds } from "@/lib/experiments/robustness/seeds";
import { tally } from "@/lib/experiments/robustness/tally";
import type { Verdict, VerdictReport } from "@/lib/experiments/types";

function report(overall: Verdict, fast: Verdict, ratio: number | null): VerdictReport {
  return {
    verdict: overall,
    headline: "",
    claims: [
      {
        id: "memory",
        claim: "Memory shrinks",
        verdict: "supported",
        because: "",
        numbers: [],
        basis: [{ label: "byte ratio", value: 41.4, unit: "ratio" }],
      },
      {
        id: "fast",
        claim: "Training is faster",
        verdict: fast,
        because: "",
        numbers: [],
        basis: [{ label: "time ratio", value: ratio, unit: "ratio" }],
      },
    ],
  };
}

describe("tallying verdicts over seeds", () => {
  const t = tally([
    { seed: 1, report: report("supported", "supported", 3) },
    { seed: 2, report: report("it_depends", "it_depends", 1.1) },
    { seed: 3, report: report("supported", "supported", 2) },
    { seed: 4, report: report("supported", "supported", null) },
  ]);

  it("counts each verdict, overall and per claim, and remembers the seeds", () => {
    expect(t.n).toBe(4);
    expect(t.overall).toEqual({ supported: 3, it_depends: 1, not_supported: 0 });
    expect(t.overallSeeds.it_depends).toEqual([2]);
    expect(t.claims.map((c) => c.id)).toEqual(["memory", "fast"]);
    expect(t.claims[1].counts).toEqual({ supported: 3, it_depends: 1, not_supported: 0 });
    expect(t.claims[1].seeds.supported).toEqual([1, 3, 4]);
  });

  it("spreads the numbers behind each claim over the runs that had them", () => {
    expect(t.claims[0].spread).toEqual([
      { label: "byte ratio", unit: "ratio", n: 4, median: 41.4, min: 41.4, max: 41.4 },
    ]);
    expect(t.claims[1].spread).toEqual([{ label: "time ratio", unit: "ratio", n: 3, median: 2, min: 1.1, max: 3 }]);
  });

  it("says it in words", () => {
    expect(countsText(t.overall, 4)).toBe("supported 3/4 · it depends 1/4");
    expect(heldText(t.claims[1].counts, 4)).toBe("held in 3/4 (it depends 1/4)");
    expect(heldText(t.claims[0].counts, 4)).toBe("held in 4/4");
    expect(spreadText(t.claims[0].spread[0], 4)).toBe("every run: 41×");
    expect(spreadText(t.claims[1].spread[0], 4)).toBe("median 2.0× (1.1× to 3.0×) in the 3 of 4 runs that reached it");
  });
});

describe("card markers", () => {
  it("read `proof-<claim>: <verdict> <held>/<of>` lines and ignore the rest of the front matter", () => {
    const m = cardMarkers(
      {
        key: "pe-x",
        "proof-overall": "supported 20/20",
        "proof-ln-faster": "supported 14/20",
        "proof-ln-params": "not_supported 20/20",
      },
      "x.md",
    );
    expect(m).toEqual([
      { claimId: "overall", verdict: "supported", held: 20, of: 20 },
      { claimId: "ln-faster", verdict: "supported", held: 14, of: 20 },
      { claimId: "ln-params", verdict: "not_supported", held: 20, of: 20 },
    ]);
    expect(countPhrase(m[1])).toBe("14 of 20 seeds");
  });

  it("name the file and the line when a marker is malformed", () => {
    expect(() => cardMarkers({ "proof-fast": "usually" }, "cards/02.md")).toThrow(
      "cards/02.md: 'proof-fast: usually' should read like 'proof-fast: supported 17/20'",
    );
    expect(() => cardMarkers({ "proof-fast": "supported 21/20" }, "cards/02.md")).toThrow("says 21 of 20");
  });
});

describe("a learner's random seeds", () => {
  it("are distinct, in range, and never the seed already on the page", () => {
    let i = 0;
    const fixed = [0.5, 0.5, 0.1, 0.9, 0.2, 0.3, 0.4];
    const seeds = randomSeeds(5, 500_000, () => fixed[i++ % fixed.length]);
    expect(new Set(seeds).size).toBe(5);
    expect(seeds).not.toContain(500_000);
    for (const s of seeds) expect(s >= 1 && s <= 999_999).toBe(true);
  });
});
