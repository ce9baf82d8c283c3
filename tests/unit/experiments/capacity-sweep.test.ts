import { beforeAll, describe, expect, it } from "vitest";
import { capacitySweep } from "@/lib/experiments/defs/capacity-sweep";
import { alter, runForTest } from "./helpers";

describe("capacity-sweep (fact 5)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(capacitySweep);
  });

  it("reaches the verdict its card claims: narrow underfits, the knee comes before the widest", () => {
    expect(run.verdict.verdict).toBe("supported");
  });

  it("follows the numbers: if the narrowest model fitted its training data, underfitting would not be shown", () => {
    const fits = alter(run.results, "checkerboard", "w2", { last: { trainAcc: 1 } });
    const v = capacitySweep.verdict(fits, run.settings);
    expect(v.claims[0].verdict).toBe("not_supported");
    expect(v.verdict).toBe("it_depends");
  });
});
