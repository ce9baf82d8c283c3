/**
 * Review 2: four methods named for parameter efficiency — weight sharing, dropout,
 * residual connections, layer normalization — each applied to the same deep MLP on the
 * same data, with its parameter cost (counted) next to its effect (measured).
 */
import { formatParams, formatPct, formatPp, formatRatio } from "@/lib/experiments/format";
import { mlp, paramCount, sharedFilter, type LayerSpec } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, ModelSpec, RunResults, Settings, VariantResult } from "@/lib/experiments/types";
import { claim, epochsSetting, pick, SEED, testAcc } from "@/lib/experiments/defs/common";

const TASK = "motif";
const LEN = 24;
const WIDTH = 32;
const DEPTH = 4;
const DROPOUT = 0.1;

export const BASELINE: ModelSpec = mlp(LEN, new Array<number>(DEPTH).fill(WIDTH));
const hidden = BASELINE.hidden;
export const METHOD_MODELS: Record<string, ModelSpec> = {
  baseline: BASELINE,
  dropout: { ...BASELINE, hidden: hidden.flatMap((l): LayerSpec[] => [l, { kind: "dropout", rate: DROPOUT }]) },
  // The first layer changes the width (24 → 32), so the skips start after it.
  residual: {
    ...BASELINE,
    hidden: [hidden[0], ...hidden.slice(1).map((): LayerSpec => ({ kind: "residualDense", activation: "relu" }))],
  },
  layernorm: { ...BASELINE, hidden: hidden.flatMap((l): LayerSpec[] => [l, { kind: "layerNorm" }]) },
  sharing: sharedFilter(LEN, 4, 5),
};

const INFO: Record<string, { label: string; explain: string }> = {
  baseline: { label: "Baseline MLP", explain: `${DEPTH} hidden layers of ${WIDTH} ReLU units.` },
  dropout: {
    label: `+ Dropout ${DROPOUT * 100}%`,
    explain: `Randomly silences ${DROPOUT * 100}% of the units at each training step; nothing to learn, so no parameters.`,
  },
  residual: {
    label: "+ Residual skips",
    explain: "Adds each layer's input back to its output (x + f(x)): an identity path with no weights.",
  },
  layernorm: {
    label: "+ LayerNorm",
    explain: "Normalizes each layer's outputs, then applies a learned scale γ and shift β per unit.",
  },
  sharing: {
    label: "Weight sharing (Conv1D)",
    explain: "Replaces the dense layers with 4 filters of 5 weights reused at every position.",
  },
};

function all(results: RunResults) {
  return Object.fromEntries(Object.keys(METHOD_MODELS).map((id) => [id, pick(results, TASK, id)])) as Record<
    string,
    VariantResult
  >;
}

export const methods: ExperimentDef = {
  slug: "methods",
  title: "Methods: parameter cost against effect",
  summary:
    "Dropout, residual connections, layer normalization and weight sharing on one deep MLP: what each adds or removes, and what it buys.",
  claims: [
    {
      cardKey: "pe-review-methods",
      quote: "Only sharing removes parameters; the others make the parameters you have work better.",
    },
    { cardKey: "pe-review-methods", quote: "Dropout removes no parameters; it is a regularizer." },
  ],
  question:
    "Which methods change the parameter count, by how much, and what does each do to test accuracy on the same task?",
  lookFor: [
    "The parameter column: dropout and residual skips add exactly 0; layer normalization adds 2 per unit; sharing removes almost all.",
    "The effects: dropout is meant to narrow the train–test gap; residual skips and layer norm to make training faster. Each is measured against the baseline on the same data.",
  ],
  settings: [SEED, epochsSetting(10, 60)],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "Shifted motif",
      explain:
        "Noisy sequences of 24 numbers with a bump or a dip at a random position; 5% of training labels flipped.",
      data: {
        kind: "motif",
        length: LEN,
        noise: 0.5,
        train: 400,
        test: 500,
        labelNoise: 0.05,
        seed: seedFrom(s.seed, TASK),
      },
      budget: { epochs: s.epochs, batchSize: 32, learningRate: 0.005 },
      measure: {},
      variants: Object.entries(METHOD_MODELS).map(([id, model]) => ({
        id,
        label: INFO[id].label,
        explain: `${INFO[id].explain} ${formatParams(paramCount(model))}.`,
        model,
      })),
    },
  ],
  verdict(results) {
    const r = all(results);
    const base = r.baseline;
    const delta = (v: VariantResult) => v.params - base.params;
    const eff = (v: VariantResult) => testAcc(v) - testAcc(base);
    const row = (id: string) => ({
      label: INFO[id].label,
      value: `${delta(r[id]) > 0 ? "+" : delta(r[id]) < 0 ? "−" : "±"}${formatParams(Math.abs(delta(r[id])))} · test ${formatPct(testAcc(r[id]))} (${formatPp(eff(r[id]))})`,
    });
    const sharingCuts = base.params / r.sharing.params >= 5;
    const zeroCost = delta(r.dropout) === 0 && delta(r.residual) === 0;
    const lnAdds = delta(r.layernorm) > 0;
    const gap = (v: VariantResult) => v.history[v.history.length - 1].trainAcc - testAcc(v);
    const dropoutHelps = gap(base) - gap(r.dropout) >= 0.02 && eff(r.dropout) >= -0.01;
    // "Faster training": training accuracy a quarter of the way through the budget.
    const k = Math.max(0, Math.ceil(base.history.length / 4) - 1);
    const at = (v: VariantResult) => v.history[Math.min(k, v.history.length - 1)];
    const early = at(base);
    const faster = (id: string) => at(r[id]).trainAcc >= early.trainAcc + 0.02;
    const claims = [
      claim(
        "sharing",
        "Weight sharing removes parameters",
        sharingCuts ? "supported" : "not_supported",
        `${formatRatio(base.params / r.sharing.params)} fewer than the baseline, at ${formatPp(eff(r.sharing))} test accuracy.`,
        [row("sharing")],
        [{ label: "fewer parameters", value: base.params / r.sharing.params, unit: "ratio" }],
      ),
      claim(
        "zero-cost",
        "Dropout and residual connections cost no parameters",
        zeroCost ? "supported" : "not_supported",
        zeroCost ? "Counted: exactly 0 added by either." : "One of them changed the count.",
        [row("dropout"), row("residual")],
        [
          { label: "parameters added by dropout", value: delta(r.dropout), unit: "count" },
          { label: "parameters added by residual skips", value: delta(r.residual), unit: "count" },
        ],
      ),
      claim(
        "ln-params",
        "Layer normalization reduces parameters",
        lnAdds ? "not_supported" : "supported",
        lnAdds
          ? `It adds ${formatParams(delta(r.layernorm))} (γ and β for each of ${DEPTH}×${WIDTH} units).`
          : "It did not add any.",
        [row("layernorm")],
        [{ label: "parameters added", value: delta(r.layernorm), unit: "count" }],
      ),
      claim(
        "dropout-gap",
        "Dropout: less overfitting",
        dropoutHelps ? "supported" : "it_depends",
        dropoutHelps
          ? `The train–test gap narrowed from ${formatPp(gap(base))} to ${formatPp(gap(r.dropout))} without losing test accuracy.`
          : `Not on this run: gap ${formatPp(gap(base))} → ${formatPp(gap(r.dropout))}, test accuracy ${formatPp(eff(r.dropout))}. Dropout needs overfitting to fight and time to train.`,
        [row("dropout")],
        [
          { label: "train–test gap narrowed by", value: gap(base) - gap(r.dropout), unit: "pp" },
          { label: "test accuracy, dropout − baseline", value: eff(r.dropout), unit: "pp" },
        ],
      ),
      claim(
        "faster",
        "Residual connections and layer norm: faster training",
        ["residual", "layernorm"].every(faster)
          ? "supported"
          : ["residual", "layernorm"].some(faster)
            ? "it_depends"
            : "not_supported",
        `Training accuracy at epoch ${early.epoch}: baseline ${formatPct(early.trainAcc)}, residual ${formatPct(at(r.residual).trainAcc)}, layer norm ${formatPct(at(r.layernorm).trainAcc)}. What they buy depends on depth and task; their parameter cost does not.`,
        [row("residual"), row("layernorm")],
        [
          {
            label: `training accuracy at epoch ${early.epoch}, residual − baseline`,
            value: at(r.residual).trainAcc - early.trainAcc,
            unit: "pp",
          },
          {
            label: `training accuracy at epoch ${early.epoch}, layer norm − baseline`,
            value: at(r.layernorm).trainAcc - early.trainAcc,
            unit: "pp",
          },
        ],
      ),
    ];
    const verdict = sharingCuts && zeroCost && lnAdds ? "supported" : "not_supported";
    const headline = `Sharing: ${formatRatio(base.params / r.sharing.params)} fewer parameters; dropout and skips: +0; layer norm: +${delta(r.layernorm)}.`;
    return { verdict, headline, claims };
  },
  charts(results) {
    const r = all(results);
    return [
      {
        title: "Test accuracy per epoch",
        xLabel: "epoch",
        yLabel: "test accuracy (%)",
        yFormat: "percent",
        yDomain: [0.4, 1],
        series: Object.keys(METHOD_MODELS).map((id) => ({
          name: INFO[id].label,
          points: r[id].history.map((h) => ({ x: h.epoch, y: h.testAcc })),
        })),
      },
    ];
  },
};
