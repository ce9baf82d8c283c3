import { describe, expect, it, beforeAll } from "vitest";
import { buildModel, measuredLayerParams } from "@/lib/experiments/build-model";
import { layerInfos, mlp, paramCount } from "@/lib/experiments/layers";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { defaultSettings } from "@/lib/experiments/settings";
import type { ModelSpec } from "@/lib/experiments/types";
import { selectCpuBackend } from "./helpers";

describe("closed-form parameter counts equal tfjs countParams()", () => {
  beforeAll(selectCpuBackend);

  it("for every model in every experiment, in total and layer by layer", () => {
    let checked = 0;
    for (const def of EXPERIMENTS) {
      for (const task of def.tasks(defaultSettings(def))) {
        for (const v of task.variants) {
          const model = buildModel(v.model, 1);
          expect(model.countParams(), `${def.slug}/${v.id}`).toBe(paramCount(v.model));
          expect(measuredLayerParams(model, v.model), `${def.slug}/${v.id}`).toEqual(
            layerInfos(v.model).map((l) => l.params),
          );
          model.dispose();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it("the formulas themselves: dense n·m+m, conv k·c·f+f, layer norm 2d, dropout and skips 0", () => {
    expect(paramCount(mlp(2, [32]))).toBe(2 * 32 + 32 + 32 * 2 + 2);
    const conv: ModelSpec = {
      inputDim: 32,
      classes: 2,
      hidden: [
        { kind: "reshape", shape: [32, 1] },
        { kind: "conv1d", filters: 8, kernelSize: 5 },
        { kind: "globalMaxPool1d" },
      ],
    };
    expect(layerInfos(conv).map((l) => l.params)).toEqual([0, 5 * 1 * 8 + 8, 0, 8 * 2 + 2]);
    const ln: ModelSpec = {
      ...mlp(4, [16]),
      hidden: [
        { kind: "dense", units: 16 },
        { kind: "layerNorm" },
        { kind: "dropout", rate: 0.5 },
        { kind: "residualDense" },
      ],
    };
    expect(layerInfos(ln).map((l) => l.params)).toEqual([4 * 16 + 16, 32, 0, 16 * 16 + 16, 16 * 2 + 2]);
    // An arbitrary stack, checked against tfjs as well.
    const model = buildModel(ln, 3);
    expect(model.countParams()).toBe(paramCount(ln));
    model.dispose();
  });
});
