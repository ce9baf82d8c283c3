import { beforeAll, describe, expect, it } from "vitest";
import { quantization } from "@/lib/experiments/defs/quantization";
import { alter, only, runForTest } from "./helpers";

describe("quantization (fact 4)", () => {
  let run: Awaited<ReturnType<typeof runForTest>>;
  beforeAll(async () => {
    run = await runForTest(quantization);
  });

  it("reaches the verdict its card claims: 4, 2 and 1 byte per parameter, 8-bit costs little", () => {
    expect(run.verdict.verdict).toBe("supported");
    const large = only(run.results, "spiral", "large");
    expect(large.params).toBe(99_714);
    expect(large.weightBytes).toBe(398_856);
    expect(large.quant!.float16.bytes).toBe(199_428);
    expect(large.quant!.int8.bytes).toBe(99_714 + 8 * 4); // one 4-byte scale per weight tensor (4 layers × kernel + bias)
  });

  it("follows the numbers: an 8-bit model that lost accuracy is only “it depends”", () => {
    const lossy = alter(run.results, "spiral", "large", {
      variant: { quant: { ...only(run.results, "spiral", "large").quant!, int8: { bytes: 99_746, testAcc: 0.5 } } },
    });
    const v = quantization.verdict(lossy, run.settings);
    expect(v.verdict).toBe("it_depends");
    expect(v.claims[1].verdict).toBe("it_depends");
  });
});
