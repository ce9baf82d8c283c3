import { beforeAll, describe, expect, it } from "vitest";
import { weightSharing } from "@/lib/experiments/defs/weight-sharing";
import { alter, only, runForTest } from "./helpers";

describe("weight-sharing (fact 2)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(weightSharing);
  });

  it("reaches the verdict its card claims: only sharing cuts parameters; “layer norm reduces parameters” is not supported", () => {
    expect(run.verdict.verdict).toBe("supported");
    const [sharing, lnReduces] = run.verdict.claims;
    expect(sharing.verdict).toBe("supported");
    expect(lnReduces.verdict).toBe("not_supported");
    const added = only(run.results, "deep", "layernorm").params - only(run.results, "deep", "plain").params;
    expect(added).toBe(6 * 2 * 16); // 2 per feature, 6 normalized layers of 16
  });

  it("follows the numbers: a conv that lost accuracy, or a layer norm that removed parameters, changes the verdict", () => {
    const lost = alter(run.results, "motif", "conv", { last: { testAcc: 0.3 } });
    expect(weightSharing.verdict(lost, run.settings).claims[0].verdict).toBe("it_depends");
    const plain = only(run.results, "deep", "plain");
    const shrunk = alter(run.results, "deep", "layernorm", { variant: { params: plain.params - 10 } });
    const v = weightSharing.verdict(shrunk, run.settings);
    expect(v.claims[1].verdict).toBe("supported");
    expect(v.verdict).toBe("not_supported");
  });
});
