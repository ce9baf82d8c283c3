import { beforeAll, describe, expect, it } from "vitest";
import { methods } from "@/lib/experiments/defs/methods";
import { alter, only, runForTest } from "./helpers";

describe("methods (review 2)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(methods);
  });

  it("reaches the verdict its card claims: sharing removes parameters, dropout and skips add 0, layer norm adds 2 per unit", () => {
    expect(run.verdict.verdict).toBe("supported");
    const base = only(run.results, "motif", "baseline").params;
    expect(only(run.results, "motif", "dropout").params).toBe(base);
    expect(only(run.results, "motif", "residual").params).toBe(base);
    expect(only(run.results, "motif", "layernorm").params - base).toBe(4 * 2 * 32);
    expect(only(run.results, "motif", "sharing").params).toBeLessThan(base / 5);
  });

  it("follows the numbers: a dropout that added parameters breaks the claim", () => {
    const base = only(run.results, "motif", "baseline").params;
    const costly = alter(run.results, "motif", "dropout", { variant: { params: base + 1 } });
    const v = methods.verdict(costly, run.settings);
    expect(v.claims[1].verdict).toBe("not_supported");
    expect(v.verdict).toBe("not_supported");
  });
});
