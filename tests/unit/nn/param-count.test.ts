import { describe, expect, it } from "vitest";
import { convParams, denseParams, layerNormParams } from "@/lib/nn/param-count";
import { layerInfos, mlp, paramCount } from "@/lib/experiments/layers";
import { countLayers, countParams } from "@/lib/quiz/generators/model-spec";
import type { ModelSpec } from "@/lib/experiments/types";

// Each side is also checked against tfjs countParams() (experiments/param-counts, quiz/generators).
describe("one parameter counter for the proofs and the quizzes", () => {
  it("the formulas: dense n·m+m, conv taps·c·f+f (length-free), layer norm 2d", () => {
    expect(denseParams(784, 128)).toEqual({ params: 784 * 128 + 128, formula: "784·128 + 128" });
    expect(denseParams(1024, 2048).formula).toBe("1,024·2,048 + 2,048");
    expect(convParams([5], 3, 16)).toEqual({ params: 5 * 3 * 16 + 16, formula: "5·3·16 + 16" });
    expect(convParams([3, 3], 3, 8)).toEqual({ params: 3 * 3 * 3 * 8 + 8, formula: "3·3·3·8 + 8" });
    expect(layerNormParams(64)).toEqual({ params: 128, formula: "2·64" });
  });

  it("the same MLP described in either spec gets the same counts and formulas, layer by layer", () => {
    const proof = mlp(100, [64, 32], 10);
    const quiz = { input: [100], layers: [64, 32, 10].map((units) => ({ kind: "dense" as const, units })) };
    expect(paramCount(proof)).toBe(countParams(quiz));
    expect(layerInfos(proof).map((l) => [l.params, l.formula])).toEqual(
      countLayers(quiz).map((l) => [l.params, l.formula]),
    );
  });

  it("a one-channel conv counts the same in both (the proofs' valid padding only changes the output length)", () => {
    const proof: ModelSpec = {
      inputDim: 32,
      classes: 2,
      hidden: [
        { kind: "reshape", shape: [32, 1] },
        { kind: "conv1d", filters: 8, kernelSize: 5 },
        { kind: "globalMaxPool1d" },
      ],
    };
    const quiz = { input: [32, 1], layers: [{ kind: "conv1d" as const, filters: 8, kernel: 5 }] };
    expect(layerInfos(proof)[1].params).toBe(countLayers(quiz)[0].params);
    expect(layerInfos(proof)[1].outShape).toEqual([28, 8]);
    expect(countLayers(quiz)[0].output).toEqual([32, 8]);
  });
});
