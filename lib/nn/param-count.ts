/**
 * Closed-form parameter counts, written once for the proofs (lib/experiments/layers.ts) and
 * the generated quiz questions (lib/quiz/generators/model-spec.ts). Each of those walks its
 * own layer list and shapes (the proofs use "valid" convolutions, the quizzes "same"), but a
 * layer's count depends only on its input features and settings, and that lives here. Both
 * sides are checked against tfjs `countParams()` in the tests. Pure: no tfjs.
 */
export type ParamCount = { params: number; formula: string };

export const formatCount = (n: number) => n.toLocaleString("en-US");
const fmt = formatCount;

export const NO_PARAMS: ParamCount = { params: 0, formula: "0" };

/** Dense (on the last axis): a weight per input–unit pair and a bias per unit. */
export function denseParams(inputs: number, units: number): ParamCount {
  return { params: inputs * units + units, formula: `${fmt(inputs)}·${fmt(units)} + ${fmt(units)}` };
}

/**
 * A convolution: per filter, one weight per kernel tap per input channel, and a bias. The
 * input's length does not appear: the same weights slide along it (weight sharing).
 * `kernel` is [k] in 1-D, [k, k] in 2-D.
 */
export function convParams(kernel: number[], channels: number, filters: number): ParamCount {
  const taps = kernel.reduce((a, b) => a * b, 1);
  return {
    params: taps * channels * filters + filters,
    formula: `${kernel.join("·")}·${fmt(channels)}·${fmt(filters)} + ${fmt(filters)}`,
  };
}

/** Layer normalization: a scale γ and a shift β per normalized feature. */
export function layerNormParams(features: number): ParamCount {
  return { params: 2 * features, formula: `2·${fmt(features)}` };
}
