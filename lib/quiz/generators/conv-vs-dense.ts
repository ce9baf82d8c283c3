import { createRng } from "@/lib/random";
import { formatCount as fmt } from "@/lib/nn/param-count";
import { countLayers, type ModelSpec } from "@/lib/quiz/generators/model-spec";
import type { Generator } from "@/lib/quiz/generators/types";

const ASKS = {
  conv: "How many trainable parameters does the **convolution** have?",
  dense: "How many trainable parameters does the **dense layer** have?",
  saving: "How many **more** parameters does the dense layer need than the convolution?",
} as const;
type Ask = keyof typeof ASKS;

/**
 * Weight sharing measured: a convolution against the dense layer that maps the same
 * flattened input to the same flattened output. Sizes stay small enough that the tests can
 * build both models in TensorFlow.js for hundreds of seeds.
 */
export const convVsDense: Generator = {
  id: "conv-vs-dense",
  title: "A Conv1D/Conv2D layer against the dense layer it replaces",
  generate(seed) {
    const r = createRng(seed);
    const twoD = r.next() < 0.5;
    const variant = r.pick(Object.keys(ASKS) as Ask[]);
    let conv: ModelSpec;
    let dense: ModelSpec;
    let setting: string;
    let positions: number;
    let cin: number;
    let filters: number;
    if (twoD) {
      const side = r.int(4, 10);
      cin = r.pick([1, 3]);
      filters = r.pick([2, 4, 8]);
      const k = r.pick([3, 5]);
      positions = side * side;
      conv = { input: [side, side, cin], layers: [{ kind: "conv2d", filters, kernel: k }] };
      dense = {
        input: [side, side, cin],
        layers: [{ kind: "flatten" }, { kind: "dense", units: positions * filters }],
      };
      setting =
        `A Conv2D layer with ${filters} filters, a ${k}×${k} kernel and padding "same" runs over a ` +
        `${side}×${side} image with ${cin} channel${cin > 1 ? "s" : ""}, giving a ${side}×${side}×${filters} output.`;
    } else {
      const length = r.int(8, 48);
      cin = r.int(1, 4);
      filters = r.pick([2, 4, 8, 16]);
      const k = r.pick([3, 5, 7]);
      positions = length;
      conv = { input: [length, cin], layers: [{ kind: "conv1d", filters, kernel: k }] };
      dense = { input: [length, cin], layers: [{ kind: "flatten" }, { kind: "dense", units: positions * filters }] };
      setting =
        `A Conv1D layer with ${filters} filters, kernel size ${k} and padding "same" runs over a sequence of ` +
        `${length} steps with ${cin} channel${cin > 1 ? "s" : ""}, giving a ${length}×${filters} output.`;
    }
    const [convLayer] = countLayers(conv);
    const denseLayer = countLayers(dense)[1]; // after the flatten
    const nConv = convLayer.params;
    const nDense = denseLayer.params;
    const inFlat = positions * cin;
    const outFlat = positions * filters;
    const answer = variant === "conv" ? nConv : variant === "dense" ? nDense : nDense - nConv;
    return {
      generator: "conv-vs-dense",
      seed,
      variant,
      models: { conv, dense },
      prompt:
        `${setting} A Dense layer that replaces it connects the flattened input (${fmt(inFlat)} values) ` +
        `to the flattened output (${fmt(outFlat)} values).\n\n${ASKS[variant]} Count weights and biases.`,
      tolerance: {},
      answer,
      working: [
        `Convolution (one kernel shared by every position): ${convLayer.formula} = ${fmt(nConv)}`,
        `Dense (one weight per input–output pair): ${denseLayer.formula} = ${fmt(nDense)}`,
        variant === "saving"
          ? `Difference: ${fmt(nDense)} − ${fmt(nConv)} = **${fmt(answer)}**`
          : `Answer: **${fmt(answer)}**`,
      ],
    };
  },
};
