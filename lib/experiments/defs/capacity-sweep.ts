/**
 * Fact 5: a width sweep on a hard 2-D pattern. Too narrow and the network underfits
 * (training accuracy is low too); past the knee, more width buys almost nothing.
 */
import { formatParams, formatPct, formatPp } from "@/lib/experiments/format";
import { mlp, paramCount } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, RunResults, Settings } from "@/lib/experiments/types";
import { claim, epochsSetting, pick, SEED, testAcc, trainAcc } from "@/lib/experiments/defs/common";

const TASK = "checkerboard";
export const WIDTHS = [2, 4, 8, 16, 32, 64];
const TOLERANCE = 0.02;
const UNDERFIT = 0.1;

const id = (w: number) => `w${w}`;

function sweep(results: RunResults) {
  return WIDTHS.map((w) => ({ w, v: pick(results, TASK, id(w)) }));
}

export const capacitySweep: ExperimentDef = {
  slug: "capacity-sweep",
  title: "The trade-off: sweep the width",
  summary:
    "Six widths on a checkerboard: from a network too small to learn the pattern to one with more capacity than it needs.",
  claims: [
    {
      cardKey: "pe-fact-tradeoff",
      quote:
        "Improving parameter efficiency often involves a trade-off between model complexity and the ability to learn complex patterns in the data.",
    },
    { cardKey: "pe-fact-tradeoff", quote: "The efficient choice is the smallest model past that knee" },
  ],
  question: "As the network gets wider, where does it stop underfitting — and does anything past that point pay off?",
  lookFor: [
    "Narrow networks: training accuracy is low too — they cannot represent the checkerboard (underfitting, not overfitting).",
    "The decision-boundary pictures: from a single tilted line to the full grid of squares.",
    "The summary chart: test accuracy rises with parameters, then flattens at the knee.",
  ],
  settings: [SEED, epochsSetting(20, 200)],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "Checkerboard",
      explain: "A 3×3 checkerboard: 9 squares whose colours alternate — many boundaries to draw.",
      data: { kind: "checkerboard", cells: 3, train: 800, test: 800, seed: seedFrom(s.seed, TASK) },
      budget: { epochs: s.epochs, batchSize: 100, learningRate: 0.03 },
      measure: { boundary: true },
      variants: WIDTHS.map((w) => ({
        id: id(w),
        label: `Width ${w}`,
        explain: `Two hidden layers of ${w}: ${formatParams(paramCount(mlp(2, [w, w])))}.`,
        model: mlp(2, [w, w]),
      })),
    },
  ],
  verdict(results) {
    const rows = sweep(results);
    const bestTest = Math.max(...rows.map((r) => testAcc(r.v)));
    const bestTrain = Math.max(...rows.map((r) => trainAcc(r.v)));
    const narrowest = rows[0];
    const widest = rows[rows.length - 1];
    const knee = rows.find((r) => testAcc(r.v) >= bestTest - TOLERANCE)!;
    const underfits = trainAcc(narrowest.v) <= bestTrain - UNDERFIT;
    const plateau = knee.w < widest.w;
    const claims = [
      claim(
        "underfits",
        "Too small a network underfits",
        underfits ? "supported" : "not_supported",
        underfits
          ? `Width ${narrowest.w} reaches only ${formatPct(trainAcc(narrowest.v))} on its own training data: it cannot represent the pattern.`
          : "Even the narrowest network fitted the training data.",
        [
          {
            label: `width ${narrowest.w}`,
            value: `train ${formatPct(trainAcc(narrowest.v))} · test ${formatPct(testAcc(narrowest.v))} · ${formatParams(narrowest.v.params)}`,
          },
        ],
        [
          {
            label: `training accuracy, width ${narrowest.w} − best`,
            value: trainAcc(narrowest.v) - bestTrain,
            unit: "pp",
          },
        ],
      ),
      claim(
        "plateau",
        "Past the knee, extra parameters buy little",
        plateau ? "supported" : "it_depends",
        plateau
          ? `Width ${knee.w} is within ${TOLERANCE * 100} points of the best; width ${widest.w} has ${Math.round(widest.v.params / knee.v.params)}× its parameters for ${formatPp(testAcc(widest.v) - testAcc(knee.v))}.`
          : "Only the widest network reached the best accuracy: the knee is beyond this sweep (train longer or go wider).",
        [
          {
            label: `knee: width ${knee.w}`,
            value: `${formatParams(knee.v.params)} · test ${formatPct(testAcc(knee.v))}`,
          },
          {
            label: `widest: width ${widest.w}`,
            value: `${formatParams(widest.v.params)} · test ${formatPct(testAcc(widest.v))}`,
          },
        ],
        [
          { label: "knee width", value: knee.w, unit: "count" },
          { label: `test accuracy, width ${widest.w} − knee`, value: testAcc(widest.v) - testAcc(knee.v), unit: "pp" },
        ],
      ),
    ];
    const verdict = underfits && plateau ? "supported" : underfits || plateau ? "it_depends" : "not_supported";
    const headline = `Width ${narrowest.w} underfits (train ${formatPct(trainAcc(narrowest.v))}); width ${knee.w} (${formatParams(knee.v.params)}) is the knee at ${formatPct(testAcc(knee.v))}.`;
    return { verdict, headline, claims };
  },
  charts(results) {
    const rows = sweep(results);
    return [
      {
        title: "Accuracy against parameters (log scale)",
        xLabel: "parameters (log scale)",
        yLabel: "accuracy (%)",
        yFormat: "percent",
        log: true,
        yDomain: [0.4, 1],
        series: [
          { name: "train", points: rows.map((r) => ({ x: r.v.params, y: trainAcc(r.v) })), dashed: true },
          { name: "test", points: rows.map((r) => ({ x: r.v.params, y: testAcc(r.v) })) },
        ],
      },
    ];
  },
};
