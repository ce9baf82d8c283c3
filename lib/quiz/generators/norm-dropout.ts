import { createRng } from "@/lib/random";
import { formatCount as fmt, layerNormParams } from "@/lib/nn/param-count";
import type { ModelSpec } from "@/lib/quiz/generators/model-spec";
import { INPUT_SIZES, OUTPUTS, WIDTHS, mlpWorking, modelList } from "@/lib/quiz/generators/mlp-params";
import type { Generator } from "@/lib/quiz/generators/types";

/**
 * What layer normalization and dropout do to the count: LayerNormalization ADDS 2·d
 * (a scale and a shift per feature), Dropout adds nothing. The cards say so; this makes
 * students compute it with their own numbers.
 */
export const normDropout: Generator = {
  id: "norm-dropout",
  title: "What LayerNormalization (+2·d) and Dropout (+0) add",
  generate(seed) {
    const r = createRng(seed);
    const n = r.pick(INPUT_SIZES);
    const d = r.pick(WIDTHS);
    const k = r.pick(OUTPUTS);
    const rate = r.pick([0.1, 0.2, 0.25, 0.3, 0.5]);
    const variant = r.pick(["added", "total", "total-no-norm"] as const);
    const withNorm = variant !== "total-no-norm";
    const spec: ModelSpec = {
      input: [n],
      layers: [
        { kind: "dense", units: d, activation: "relu" },
        ...(withNorm ? [{ kind: "layerNorm" as const }] : []),
        { kind: "dropout", rate },
        { kind: "dense", units: k, activation: "softmax" },
      ],
    };
    const { total, lines } = mlpWorking(spec);
    const norm = layerNormParams(d);
    const added = withNorm ? norm.params : 0;
    const ask =
      variant === "added"
        ? "How many trainable parameters do the **LayerNormalization and Dropout layers add together**?"
        : "How many trainable parameters does this whole network have?";
    return {
      generator: "norm-dropout",
      seed,
      variant,
      models: { model: spec },
      prompt: `${ask}\n\n${modelList(spec)}`,
      tolerance: {},
      answer: variant === "added" ? added : total,
      working:
        variant === "added"
          ? [
              `LayerNormalization learns a scale γ and a shift β per feature: ${norm.formula} = ${fmt(norm.params)}`,
              "Dropout learns nothing: it only zeroes random activations while training: 0",
              `Together: **${fmt(added)}**`,
            ]
          : [withNorm ? "LayerNormalization adds 2·d; Dropout adds 0." : "Dropout adds 0 parameters.", ...lines],
    };
  },
};
