/**
 * Fact 4: the same trained weights stored at float32, float16 and 8-bit — bytes and test
 * accuracy for a compact model and a ~100k-parameter one — and prediction time on the
 * learner's own device.
 */
import { formatBytes, formatParams, formatPct, formatPp, formatRatio, formatUs } from "@/lib/experiments/format";
import { mlp, paramCount } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, RunResults, Settings, VariantResult } from "@/lib/experiments/types";
import { claim, epochsSetting, MissingResult, pick, SEED, testAcc, timedOn } from "@/lib/experiments/defs/common";

const TASK = "spiral";
const COMPACT = mlp(2, [16, 16]);
const LARGE = mlp(2, [256, 256, 128]);
const SMALL_LOSS = 0.01; // "costs little accuracy": at most 1 point

function quant(v: VariantResult) {
  if (!v.quant) throw new MissingResult(`No quantized measurements for ${v.variantId}.`);
  return v.quant;
}

function both(results: RunResults) {
  return { compact: pick(results, TASK, "compact"), large: pick(results, TASK, "large") };
}

export const quantization: ExperimentDef = {
  slug: "quantization",
  title: "Deployment: bytes per parameter",
  summary:
    "Store trained weights at float32, float16 and 8-bit: measure the size, the accuracy, and prediction time on this device.",
  claims: [
    {
      cardKey: "pe-fact-deployment",
      quote:
        "Size on disk and in memory is parameters × bytes per parameter: 100k parameters are about 400 kB at float32, 200 kB at float16 and 100 kB at 8-bit.",
    },
    {
      cardKey: "pe-fact-deployment",
      quote:
        "Smaller is only better while accuracy holds. 8-bit weights usually cost little accuracy; the proof measures the difference rather than assuming it.",
    },
  ],
  question:
    "How many bytes does a model take at each precision, what accuracy does it keep, and how fast does it predict here?",
  lookFor: [
    "The size columns: exactly 4, 2 and about 1 byte per parameter (8-bit adds one 4-byte scale per weight tensor).",
    "The accuracy columns: float16 is practically identical; 8-bit usually loses well under a point.",
    "Prediction time: the compact model answers faster than the 100k one on this device.",
  ],
  settings: [SEED, epochsSetting(5, 40)],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "Spiral",
      explain:
        "Two spiral arms in 2-D; both models are trained, then their weights are rounded to each precision and tested again.",
      data: { kind: "spiral", train: 600, test: 1000, noise: 0.05, turns: 1, seed: seedFrom(s.seed, TASK) },
      budget: { epochs: s.epochs, batchSize: 32, learningRate: 0.01 },
      measure: { inference: true, quantize: true, boundary: true },
      variants: [
        {
          id: "compact",
          label: "Compact MLP 16×16",
          explain: `Two hidden layers of 16: ${formatParams(paramCount(COMPACT))}.`,
          model: COMPACT,
        },
        {
          id: "large",
          label: "MLP 256×256×128 (≈100k)",
          explain: `Three hidden layers: ${formatParams(paramCount(LARGE))} — the card's 100k example.`,
          model: LARGE,
        },
      ],
    },
  ],
  verdict(results) {
    const { compact, large } = both(results);
    const sizeOk = [compact, large].every((v) => {
      const q = quant(v);
      return (
        v.weightBytes === v.params * 4 &&
        q.float16.bytes === v.params * 2 &&
        q.int8.bytes - v.params < 0.01 * v.params + 64
      );
    });
    const drops = [compact, large].map((v) => ({
      v,
      f16: quant(v).float16.testAcc - testAcc(v),
      i8: quant(v).int8.testAcc - testAcc(v),
    }));
    const accOk = drops.every((d) => d.f16 >= -SMALL_LOSS && d.i8 >= -SMALL_LOSS);
    const speedRatio = (large.inferUs ?? 0) / (compact.inferUs ?? 1);
    const faster = speedRatio > 1.2;
    const lq = quant(large);
    const claims = [
      claim(
        "size",
        "Size = parameters × bytes per parameter",
        sizeOk ? "supported" : "not_supported",
        sizeOk
          ? "Measured from the stored arrays: 4, 2 and 1 byte per parameter (plus one scale per tensor at 8-bit)."
          : "The stored sizes do not follow the rule.",
        [
          {
            label: formatParams(large.params),
            value: `${formatBytes(large.weightBytes)} · ${formatBytes(lq.float16.bytes)} · ${formatBytes(lq.int8.bytes)}`,
          },
          {
            label: formatParams(compact.params),
            value: `${formatBytes(compact.weightBytes)} · ${formatBytes(quant(compact).float16.bytes)} · ${formatBytes(quant(compact).int8.bytes)}`,
          },
        ],
        [
          { label: "float16 bytes per parameter", value: lq.float16.bytes / large.params, unit: "num" },
          { label: "8-bit bytes per parameter", value: lq.int8.bytes / large.params, unit: "num" },
        ],
      ),
      claim(
        "int8-accuracy",
        "8-bit weights cost little accuracy",
        accOk ? "supported" : "it_depends",
        accOk
          ? `Every model kept its accuracy within ${SMALL_LOSS * 100} point at float16 and 8-bit.`
          : "Rounding the weights cost more than a point on this run: check before shipping.",
        drops.map((d) => ({
          label: d.v.variantId,
          value: `float32 ${formatPct(testAcc(d.v))} · float16 ${formatPp(d.f16)} · 8-bit ${formatPp(d.i8)}`,
        })),
        [
          { label: "worst change at float16", value: Math.min(...drops.map((d) => d.f16)), unit: "pp" },
          { label: "worst change at 8-bit", value: Math.min(...drops.map((d) => d.i8)), unit: "pp" },
        ],
      ),
      claim(
        "faster-inference",
        "Fewer parameters predict faster on this device",
        faster ? "supported" : "it_depends",
        (faster
          ? `The compact model answers ${formatRatio(speedRatio)} faster.`
          : "At this size, fixed overheads hide the difference on this device.") + timedOn(results),
        [{ label: "per prediction", value: `${formatUs(compact.inferUs ?? 0)} vs ${formatUs(large.inferUs ?? 0)}` }],
        [{ label: "prediction time, large ÷ compact", value: speedRatio, unit: "ratio" }],
      ),
    ];
    const verdict = sizeOk && accOk ? "supported" : sizeOk ? "it_depends" : "not_supported";
    const headline = `${formatParams(large.params)}: ${formatBytes(large.weightBytes)} at float32, ${formatBytes(lq.float16.bytes)} at float16, ${formatBytes(lq.int8.bytes)} at 8-bit; at 8-bit its test accuracy moved ${formatPp(drops[1].i8)}.`;
    return { verdict, headline, claims };
  },
  note: "TensorFlow.js computes in float32, so 8-bit weights are expanded before use: the time measured is float32 arithmetic on this device. Integer kernels on phone accelerators would be faster still; that is not measured here.",
};
