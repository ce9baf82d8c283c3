/**
 * Fact 1: two MLPs that reach the same accuracy, one with far fewer parameters. Bytes of
 * weights follow the count exactly; time per epoch and per prediction are measured.
 */
import {
  formatBytes,
  formatMs,
  formatParams,
  formatPct,
  formatPp,
  formatRatio,
  formatUs,
} from "@/lib/experiments/format";
import { flopsPerExample, mlp, paramCount } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, RunResults, Settings } from "@/lib/experiments/types";
import { byVariant, claim, epochsSetting, pick, SEED, testAcc, timedOn } from "@/lib/experiments/defs/common";

const TASK = "teacher";
const COMPACT = mlp(16, [24]);
const LARGE = mlp(16, [128, 128]);
const SAME_ACC = 0.02;
/** Adam keeps the weight, its gradient and two moment estimates: 4 float32 numbers per parameter. */
export const TRAINING_BYTES_PER_PARAM = 16;

function pair(results: RunResults) {
  return { compact: pick(results, TASK, "compact"), large: pick(results, TASK, "large") };
}

export const memorySpeed: ExperimentDef = {
  slug: "memory-speed",
  title: "Fewer parameters: less memory, faster steps",
  summary:
    "Two MLPs that reach the same accuracy: compare their bytes, training time per epoch and prediction time on your device.",
  claims: [
    {
      cardKey: "pe-fact-memory-speed",
      quote:
        "Parameter efficiency is essential for reducing memory usage and speeding up the training process of deep learning models.",
    },
    {
      cardKey: "pe-fact-memory-speed",
      quote: "Memory: each float32 weight is 4 bytes, so the weights shrink about 10×.",
    },
    {
      cardKey: "pe-fact-memory-speed",
      quote:
        "Wall-clock time does not fall exactly 10×: small models are often limited by overheads (per-layer launches, data handling), not arithmetic.",
    },
  ],
  question:
    "When two models are equally accurate, how much memory and time does the smaller one save — and does time fall as much as the parameter count?",
  lookFor: [
    "The accuracy chart: both curves end at about the same height, so the comparison is fair.",
    "Bytes of weights: exactly 4 per parameter at float32, so the ratio equals the parameter ratio.",
    "Time per epoch and per prediction: smaller, but usually by less than the parameter ratio — fixed overheads do not shrink.",
  ],
  settings: [SEED, epochsSetting(6, 50)],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "16-D rule",
      explain:
        "16 numbers per example, labelled by a hidden, mostly linear rule: easy enough that both models reach the same accuracy.",
      data: { kind: "teacher", dim: 16, train: 1000, test: 1000, seed: seedFrom(s.seed, TASK) },
      budget: { epochs: s.epochs, batchSize: 50, learningRate: 0.01 },
      measure: { inference: true, epochTime: true },
      variants: [
        {
          id: "compact",
          label: "Compact MLP 24",
          explain: `One hidden layer of 24 units: ${formatParams(paramCount(COMPACT))}.`,
          model: COMPACT,
        },
        {
          id: "large",
          label: "Large MLP 128×128",
          explain: `Two hidden layers of 128 units: ${formatParams(paramCount(LARGE))}.`,
          model: LARGE,
        },
      ],
    },
  ],
  verdict(results) {
    const { compact, large } = pair(results);
    const accDiff = testAcc(compact) - testAcc(large);
    const paramRatio = large.params / compact.params;
    const byteRatio = large.weightBytes / compact.weightBytes;
    const flopRatio = flopsPerExample(LARGE) / flopsPerExample(COMPACT);
    const trainRatio = large.msPerEpoch / compact.msPerEpoch;
    const inferRatio = (large.inferUs ?? 0) / (compact.inferUs ?? 1);
    const equal = Math.abs(accDiff) <= SAME_ACC;
    const memory = Math.abs(byteRatio - paramRatio) / paramRatio < 0.001 && byteRatio > 1;
    const faster = trainRatio >= 1.2;
    const claims = [
      claim(
        "same-accuracy",
        "Both models reach the same accuracy",
        equal ? "supported" : "it_depends",
        equal
          ? `Within ${SAME_ACC * 100} points: a fair comparison.`
          : "The accuracies differ, so this is not a like-for-like comparison.",
        [
          { label: "compact", value: formatPct(testAcc(compact)) },
          { label: "large", value: formatPct(testAcc(large)) },
          { label: "difference", value: formatPp(accDiff) },
        ],
        [{ label: "accuracy difference (compact − large)", value: accDiff, unit: "pp" }],
      ),
      claim(
        "memory",
        "Memory shrinks with the parameter count",
        memory ? "supported" : "not_supported",
        "Weight bytes follow the count exactly (4 bytes per float32); training state with Adam is about 16 bytes per parameter.",
        [
          {
            label: "parameters",
            value: `${formatParams(compact.params)} vs ${formatParams(large.params)} (${formatRatio(paramRatio)})`,
          },
          {
            label: "weights",
            value: `${formatBytes(compact.weightBytes)} vs ${formatBytes(large.weightBytes)} (${formatRatio(byteRatio)})`,
          },
          {
            label: "training state",
            value: `${formatBytes(compact.params * TRAINING_BYTES_PER_PARAM)} vs ${formatBytes(large.params * TRAINING_BYTES_PER_PARAM)}`,
          },
        ],
        [
          { label: "fewer parameters", value: paramRatio, unit: "ratio" },
          { label: "fewer weight bytes", value: byteRatio, unit: "ratio" },
        ],
      ),
      claim(
        "faster-training",
        "Training is faster",
        faster ? "supported" : "it_depends",
        faster
          ? `An epoch took ${formatRatio(trainRatio)} less time — ${trainRatio < paramRatio * 0.8 ? "less than the parameter ratio, as the caveat says: overheads do not shrink" : "about the parameter ratio"}.${timedOn(results)}`
          : `On this device the smaller model did not train noticeably faster: fixed overheads dominate at this size.${timedOn(results)}`,
        [
          {
            label: "time per epoch",
            value: `${formatMs(compact.msPerEpoch)} vs ${formatMs(large.msPerEpoch)} (${formatRatio(trainRatio)})`,
          },
          { label: "arithmetic per example", value: `${formatRatio(flopRatio)} less` },
          {
            label: "per prediction",
            value: `${formatUs(compact.inferUs ?? 0)} vs ${formatUs(large.inferUs ?? 0)} (${formatRatio(inferRatio)})`,
          },
        ],
        [
          { label: "epoch time, large ÷ compact", value: trainRatio, unit: "ratio" },
          { label: "prediction time, large ÷ compact", value: inferRatio, unit: "ratio" },
        ],
      ),
    ];
    const verdict = equal && memory && faster ? "supported" : memory ? "it_depends" : "not_supported";
    const headline = `${formatRatio(paramRatio)} fewer parameters: ${formatRatio(byteRatio)} fewer bytes, ${formatRatio(trainRatio)} faster epochs, ${formatRatio(inferRatio)} faster predictions${equal ? " — at the same accuracy" : ""}.`;
    return { verdict, headline, claims };
  },
  charts(results) {
    const labels = { compact: "compact", large: "large" };
    return [
      {
        title: "Milliseconds per training epoch",
        xLabel: "epoch",
        yLabel: "time per epoch (ms)",
        series: byVariant(results, TASK, labels, (h) => h.trainMs),
      },
    ];
  },
  note: "Bytes and arithmetic are exact. Times are measured on your device and vary from run to run and device to device.",
};
