import { beforeAll, describe, expect, it } from "vitest";
import { generalizationGap, LADDER } from "@/lib/experiments/defs/generalization-gap";
import { alter, runForTest } from "./helpers";

describe("generalization-gap (review 1)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(generalizationGap);
  });

  it("reaches the verdict its card claims: the gap grows with parameters, the smallest underfits", () => {
    expect(run.verdict.verdict).toBe("supported");
  });

  it("follows the numbers: if the gap shrank with size, the verdict would be not supported", () => {
    let r = run.results;
    LADDER.forEach((l, i) => {
      r = alter(r, "noisy", l.id, { last: { trainAcc: 0.9, testAcc: 0.9 - 0.1 * (LADDER.length - 1 - i) } });
    });
    expect(generalizationGap.verdict(r, run.settings).verdict).toBe("not_supported");
  });
});
