import { beforeAll, describe, expect, it } from "vitest";
import { memorySpeed } from "@/lib/experiments/defs/memory-speed";
import { alter, only, runForTest } from "./helpers";

describe("memory-speed (fact 1)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(memorySpeed);
  });

  it("reaches the verdict its card claims: same accuracy, bytes follow the count, faster epochs", () => {
    expect(run.verdict.verdict).toBe("supported");
    const c = only(run.results, "teacher", "compact");
    const l = only(run.results, "teacher", "large");
    expect(c.weightBytes).toBe(c.params * 4);
    expect(l.weightBytes / c.weightBytes).toBeCloseTo(l.params / c.params, 6);
    expect(l.msPerEpoch).toBeGreaterThan(c.msPerEpoch);
    expect(l.inferUs).toBeGreaterThan(0);
  });

  it("follows the numbers: unequal accuracy or equal epoch times change the verdict", () => {
    const worse = alter(run.results, "teacher", "compact", { last: { testAcc: 0.6 } });
    expect(memorySpeed.verdict(worse, run.settings).verdict).toBe("it_depends");
    const large = only(run.results, "teacher", "large");
    const sameTime = alter(run.results, "teacher", "compact", { variant: { msPerEpoch: large.msPerEpoch } });
    const v = memorySpeed.verdict(sameTime, run.settings);
    expect(v.verdict).toBe("it_depends");
    expect(v.claims[2].verdict).toBe("it_depends");
  });
});
