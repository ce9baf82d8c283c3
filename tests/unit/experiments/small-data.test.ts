import { beforeAll, describe, expect, it } from "vitest";
import { sizesOf, smallData } from "@/lib/experiments/defs/small-data";
import { alter, runForTest } from "./helpers";

describe("small-data (fact 3)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(smallData);
  });

  it("reaches the verdict its card claims: with little data the compact model loses nothing", () => {
    expect(run.verdict.verdict).toBe("supported");
    expect(new Set(run.results.variants.map((v) => v.taskId)).size).toBe(3);
  });

  it("follows the numbers: a compact model behind at the smallest size is not supported", () => {
    const n = sizesOf(run.settings)[0];
    const behind = alter(run.results, `n${n}`, "shared", { last: { testAcc: 0.2 } });
    expect(smallData.verdict(behind, run.settings).verdict).toBe("not_supported");
  });
});
