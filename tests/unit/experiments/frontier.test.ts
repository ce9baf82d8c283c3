import { beforeAll, describe, expect, it } from "vitest";
import { bestUnderBudget, frontier, frontierOf } from "@/lib/experiments/defs/frontier";
import { alter, only, runForTest } from "./helpers";

describe("frontier (definition + review 3)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(frontier);
  });

  it("reaches the verdict its cards claim: a compact model matches the largest, and too small underfits", () => {
    expect(run.verdict.verdict).toBe("supported");
    expect(run.results.variants.map((v) => v.params)).toEqual([22, 42, 354, 1218, 4482]);
  });

  it("picks the most accurate model within the parameter budget, and keeps a non-empty frontier", () => {
    const vs = run.results.variants;
    const pick = bestUnderBudget(vs, run.settings.budget)!;
    expect(pick.params).toBeLessThanOrEqual(run.settings.budget);
    for (const v of vs)
      if (v.params <= run.settings.budget)
        expect(v.history.at(-1)!.testAcc).toBeLessThanOrEqual(pick.history.at(-1)!.testAcc);
    expect(bestUnderBudget(vs, 10)).toBeNull();
    expect(frontierOf(vs).length).toBeGreaterThan(0);
  });

  it("follows the numbers: if the smallest model were as accurate as the rest, no trade-off would be seen", () => {
    const best = Math.max(...run.results.variants.map((v) => v.history.at(-1)!.testAcc));
    const flat = alter(run.results, "spiral", "w4", { last: { testAcc: best } });
    expect(frontier.verdict(flat, run.settings).verdict).toBe("it_depends");
    // …and if only the largest reached the top, compactness would not be shown either.
    let steep = run.results;
    for (const id of ["w8", "w16x2", "w32x2"]) steep = alter(steep, "spiral", id, { last: { testAcc: 0.6 } });
    expect(frontier.verdict(steep, run.settings).claims[0].verdict).toBe("not_supported");
    expect(only(steep, "spiral", "w64x2").params).toBe(4482);
  });

  it("marks the frontier and the budget pick in the results table, as the page's “what to look for” promises", () => {
    const vs = run.results.variants;
    const [front, budget] = frontier.resultColumns!(run.results, run.settings);
    expect(frontier.lookFor.some((l) => l.includes("“Frontier” column"))).toBe(true);
    expect(front.head).toBe("Frontier");
    const marked = Object.entries(front.cells)
      .filter(([, c]) => c === "✓ yes")
      .map(([id]) => id);
    expect(marked.sort()).toEqual(
      frontierOf(vs)
        .map((v) => v.variantId)
        .sort(),
    );
    expect(Object.keys(front.cells)).toHaveLength(5);
    const pick = bestUnderBudget(vs, run.settings.budget)!;
    expect(
      Object.entries(budget.cells)
        .filter(([, c]) => c === "★ best fit")
        .map(([id]) => id),
    ).toEqual([pick.variantId]);
    // A model beaten on every axis drops off the frontier: make w8 worse than w4 (w4 is smaller and, below, as fast).
    const w4 = only(run.results, "spiral", "w4");
    const worse = alter(run.results, "spiral", "w8", {
      last: { testAcc: w4.history.at(-1)!.testAcc - 0.1 },
      variant: { inferUs: (w4.inferUs ?? 0) + 1 },
    });
    expect(frontier.resultColumns!(worse, run.settings)[0].cells.w8).toBe("no");
  });
});
