/**
 * Fact 2: weight sharing (a 1-D convolution) against a dense layer on a shifted-motif
 * task, and layer normalization on a deep MLP with and without it. The counts decide
 * whether each reduces parameters; the curves show what layer normalization buys.
 */
import { formatMs, formatParams, formatPct, formatPp, formatRatio } from "@/lib/experiments/format";
import { mlp, paramCount, sharedFilter } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, ModelSpec, RunResults, Settings } from "@/lib/experiments/types";
import { byVariant, claim, epochsSetting, epochsTo, pick, SEED, testAcc, timedOn } from "@/lib/experiments/defs/common";

const LEN = 32;
export const DENSE: ModelSpec = mlp(LEN, [64]);
export const CONV: ModelSpec = sharedFilter(LEN, 8, 5);
const DEPTH = 6;
const WIDTH = 16;
export const DEEP: ModelSpec = mlp(2, new Array<number>(DEPTH).fill(WIDTH));
export const DEEP_LN: ModelSpec = { ...DEEP, hidden: DEEP.hidden.flatMap((l) => [l, { kind: "layerNorm" as const }]) };
const TARGET = 0.95; // training accuracy that counts as "trained"

function parts(results: RunResults) {
  return {
    dense: pick(results, "motif", "dense"),
    conv: pick(results, "motif", "conv"),
    plain: pick(results, "deep", "plain"),
    ln: pick(results, "deep", "layernorm"),
  };
}

export const weightSharing: ExperimentDef = {
  slug: "weight-sharing",
  title: "Weight sharing and layer normalization",
  summary:
    "A shared 1-D filter against a dense layer on shifted motifs; a deep MLP with and without layer normalization — counted and trained.",
  claims: [
    {
      cardKey: "pe-fact-sharing-norm",
      quote:
        "Deep feedforward networks can achieve better parameter efficiency by utilizing techniques like weight sharing and layer normalization.",
    },
    { cardKey: "pe-fact-sharing-norm", quote: "Only weight sharing." },
    { cardKey: "pe-fact-sharing-norm", quote: "Layer normalization adds 2d parameters per normalized layer" },
    {
      cardKey: "pe-fact-sharing-norm",
      quote: "layer normalization adds a few, and each training epoch takes longer to compute with it.",
    },
  ],
  question: "Which technique actually reduces the parameter count, and what does the other one buy instead?",
  lookFor: [
    "Sharing: the convolution reuses one small filter at every position, so it has a tiny fraction of the dense layer's parameters — and it finds the motif wherever it sits.",
    "The dense layer fits its training sequences almost perfectly yet scores near chance on new ones: it memorized where the motifs happened to sit instead of what they look like.",
    "Layer norm: the parameter count goes up (a scale and a shift per feature). Compare how fast the two deep MLPs' training accuracy climbs.",
  ],
  settings: [SEED, epochsSetting(10, 60)],
  tasks: (s: Settings) => [
    {
      id: "motif",
      label: "Shifted motif",
      explain:
        "Sequences of 32 noisy numbers with a bump or a dip somewhere: the same pattern can appear at any position.",
      data: { kind: "motif", length: LEN, noise: 0.6, train: 400, test: 600, seed: seedFrom(s.seed, "motif") },
      budget: { epochs: s.epochs, batchSize: 32, learningRate: 0.01 },
      measure: {},
      variants: [
        {
          id: "dense",
          label: "Dense 64",
          explain: `Every input connects to each of 64 units with its own weight: ${formatParams(paramCount(DENSE))}.`,
          model: DENSE,
        },
        {
          id: "conv",
          label: "Conv1D 8×5 (shared)",
          explain: `8 filters of 5 weights slide along the sequence, then the strongest response is kept: ${formatParams(paramCount(CONV))}.`,
          model: CONV,
        },
      ],
    },
    {
      id: "deep",
      label: "Deep MLP",
      explain: `A deep, narrow MLP (${DEPTH} hidden layers of ${WIDTH}) on a spiral, trained with and without layer normalization after each hidden layer.`,
      data: { kind: "spiral", noise: 0.05, turns: 1, train: 400, test: 400, seed: seedFrom(s.seed, "deep") },
      budget: { epochs: s.epochs, batchSize: 64, learningRate: 0.01 },
      measure: { epochTime: true },
      variants: [
        {
          id: "plain",
          label: `Deep MLP ${DEPTH}×${WIDTH}`,
          explain: `No normalization: ${formatParams(paramCount(DEEP))}.`,
          model: DEEP,
        },
        {
          id: "layernorm",
          label: `Deep MLP ${DEPTH}×${WIDTH} + LayerNorm`,
          explain: `LayerNorm after every hidden layer: ${formatParams(paramCount(DEEP_LN))}.`,
          model: DEEP_LN,
        },
      ],
    },
  ],
  verdict(results) {
    const { dense, conv, plain, ln } = parts(results);
    const shareRatio = dense.params / conv.params;
    const accDiff = testAcc(conv) - testAcc(dense);
    const sharingFewer = shareRatio >= 5;
    const sharingGood = sharingFewer && accDiff >= -0.01;
    const added = ln.params - plain.params;
    const lnReduces = added < 0;
    const ePlain = epochsTo(plain, TARGET);
    const eLn = epochsTo(ln, TARGET);
    const midEpoch = Math.max(1, Math.ceil(plain.history.length / 3));
    const lossPlain = plain.history[midEpoch - 1].trainLoss;
    const lossLn = ln.history[midEpoch - 1].trainLoss;
    const lnFaster = eLn !== null && (ePlain === null || eLn < ePlain) && lossLn < lossPlain;
    const lnSlower = ln.msPerEpoch > plain.msPerEpoch * 1.1;
    const show = (e: number | null) => (e === null ? "not reached" : `epoch ${e}`);
    const claims = [
      claim(
        "sharing",
        "Weight sharing: far fewer parameters, same or better accuracy",
        sharingGood ? "supported" : sharingFewer ? "it_depends" : "not_supported",
        sharingGood
          ? `The shared filter has ${formatRatio(shareRatio)} fewer parameters and ${accDiff >= 0 ? "is at least as accurate" : "is as accurate (within 1 point)"}.`
          : sharingFewer
            ? "Far fewer parameters, but it lost accuracy on this run."
            : "The convolution did not save parameters here.",
        [
          { label: "dense", value: `${formatParams(dense.params)} · ${formatPct(testAcc(dense))}` },
          {
            label: "conv (shared)",
            value: `${formatParams(conv.params)} · ${formatPct(testAcc(conv))} (${formatPp(accDiff)})`,
          },
        ],
        [
          { label: "fewer parameters", value: shareRatio, unit: "ratio" },
          { label: "test accuracy, conv − dense", value: accDiff, unit: "pp" },
        ],
      ),
      claim(
        "ln-params",
        "Layer normalization reduces the parameter count",
        lnReduces ? "supported" : "not_supported",
        lnReduces
          ? "The normalized network has fewer parameters."
          : `It adds ${formatParams(added)}: 2 per feature (γ and β) in each of ${DEPTH} normalized layers. It removes none.`,
        [{ label: "without / with", value: `${formatParams(plain.params)} / ${formatParams(ln.params)} (+${added})` }],
        [{ label: "parameters added", value: added, unit: "count" }],
      ),
      claim(
        "ln-faster",
        "Layer normalization speeds up training",
        lnFaster ? "supported" : "it_depends",
        lnFaster
          ? `With it, training reached ${TARGET * 100}% accuracy sooner and had lower loss by epoch ${midEpoch}.`
          : "Not on this run: training was not faster with it. Its benefit depends on depth, learning rate and initialization.",
        [
          { label: `${TARGET * 100}% training accuracy`, value: `${show(ePlain)} without · ${show(eLn)} with` },
          {
            label: `training loss at epoch ${midEpoch}`,
            value: `${lossPlain.toFixed(3)} without · ${lossLn.toFixed(3)} with`,
          },
          {
            label: "final test accuracy",
            value: `${formatPct(testAcc(plain))} without · ${formatPct(testAcc(ln))} with`,
          },
        ],
        [
          { label: `epoch reaching ${TARGET * 100}% without`, value: ePlain, unit: "epoch" },
          { label: `epoch reaching ${TARGET * 100}% with`, value: eLn, unit: "epoch" },
          { label: `training loss at epoch ${midEpoch}, without − with`, value: lossPlain - lossLn, unit: "num" },
        ],
      ),
      claim(
        "ln-cost",
        "Layer normalization makes each epoch cost more",
        lnSlower ? "supported" : "it_depends",
        (lnSlower
          ? `Normalizing costs compute: an epoch took ${formatRatio(ln.msPerEpoch / plain.msPerEpoch)} as long with it on this device.`
          : "On this device the normalized epochs were not noticeably slower.") + timedOn(results),
        [{ label: "time per epoch", value: `${formatMs(plain.msPerEpoch)} without · ${formatMs(ln.msPerEpoch)} with` }],
        [{ label: "epoch time, with ÷ without", value: ln.msPerEpoch / plain.msPerEpoch, unit: "ratio" }],
      ),
    ];
    // The card's answer: only weight sharing reduces parameters.
    const verdict = sharingFewer && !lnReduces ? "supported" : "not_supported";
    const headline = `Only weight sharing cut parameters (${formatRatio(shareRatio)} fewer); layer normalization added ${added}${lnFaster ? " and bought faster training" : ""}.`;
    return { verdict, headline, claims };
  },
  charts(results) {
    const labels = { plain: "without LayerNorm", layernorm: "with LayerNorm" };
    return [
      {
        title: "Deep MLP: training loss per epoch",
        xLabel: "epoch",
        yLabel: "training loss (cross-entropy)",
        series: byVariant(results, "deep", labels, (h) => h.trainLoss),
      },
    ];
  },
};
