import { createRng, type Rng } from "@/lib/random";
import { formatCount as fmt } from "@/lib/nn/param-count";
import { countLayers, type ModelSpec } from "@/lib/quiz/generators/model-spec";
import type { Generator } from "@/lib/quiz/generators/types";

export const INPUT_SIZES = [20, 32, 64, 100, 128, 256, 300, 512, 784] as const;
export const WIDTHS = [8, 10, 16, 20, 32, 50, 64, 100, 128, 200, 256] as const;
export const OUTPUTS = [2, 3, 4, 5, 10, 20] as const;

/** A random MLP: input, 1–`maxHidden` ReLU hidden layers, a softmax output. */
export function randomMlp(r: Rng, maxHidden = 3): ModelSpec {
  const hidden = r.int(1, maxHidden);
  return {
    input: [r.pick(INPUT_SIZES)],
    layers: [
      ...Array.from({ length: hidden }, () => ({
        kind: "dense" as const,
        units: r.pick(WIDTHS),
        activation: "relu" as const,
      })),
      { kind: "dense", units: r.pick(OUTPUTS), activation: "softmax" },
    ],
  };
}

/** The model as a Markdown list: reads well on a phone, unlike one long arrow chain. */
export function modelList(spec: ModelSpec): string {
  const lines = [`- Input: ${spec.input.join(" × ")} features`];
  for (const l of spec.layers) {
    if (l.kind === "dense")
      lines.push(
        `- Dense(${l.units}${l.activation === "relu" ? ", ReLU" : l.activation === "softmax" ? ", softmax" : ""})`,
      );
    else if (l.kind === "layerNorm") lines.push("- LayerNormalization");
    else if (l.kind === "dropout") lines.push(`- Dropout(${l.rate})`);
  }
  return lines.join("\n");
}

/** One working line per layer that has parameters, then the total. */
export function mlpWorking(spec: ModelSpec): { total: number; lines: string[] } {
  const counted = countLayers(spec);
  const lines: string[] = [];
  let inputs = spec.input[spec.input.length - 1];
  for (const c of counted) {
    const name =
      c.layer.kind === "dense"
        ? `Dense ${fmt(inputs)}→${fmt(c.layer.units)}`
        : c.layer.kind === "layerNorm"
          ? `LayerNormalization over ${fmt(inputs)} features`
          : "Dropout";
    lines.push(`${name}: ${c.params ? `${c.formula} = ` : ""}${fmt(c.params)}`);
    inputs = c.output[c.output.length - 1];
  }
  const total = counted.reduce((s, c) => s + c.params, 0);
  lines.push(`Total: ${counted.map((c) => fmt(c.params)).join(" + ")} = **${fmt(total)}**`);
  return { total, lines };
}

export const mlpParams: Generator = {
  id: "mlp-params",
  title: "Count the parameters of a random MLP (Dense layers)",
  generate(seed) {
    const spec = randomMlp(createRng(seed));
    const { total, lines } = mlpWorking(spec);
    return {
      generator: "mlp-params",
      seed,
      variant: "total",
      models: { mlp: spec },
      prompt: `How many trainable parameters (weights and biases) does this MLP have?\n\n${modelList(spec)}`,
      tolerance: {},
      answer: total,
      working: lines,
    };
  },
};
