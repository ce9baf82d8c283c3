/**
 * Review 1: train and test accuracy against parameter count on a small, noisy dataset.
 * The gap (train − test) shows memorization; the smallest models show underfitting.
 */
import { formatParams, formatPct, formatPp } from "@/lib/experiments/format";
import { mlp, paramCount } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, RunResults, Settings } from "@/lib/experiments/types";
import { claim, epochsSetting, gap, pick, SEED, spearman, testAcc, trainAcc } from "@/lib/experiments/defs/common";

const TASK = "noisy";
const DIM = 6;
export const LADDER: { id: string; widths: number[] }[] = [
  { id: "w1", widths: [1] },
  { id: "w4", widths: [4] },
  { id: "w16", widths: [16] },
  { id: "w64", widths: [64] },
  { id: "w128x2", widths: [128, 128] },
];

function ladder(results: RunResults) {
  return LADDER.map((l) => pick(results, TASK, l.id));
}

export const generalizationGap: ExperimentDef = {
  slug: "generalization-gap",
  title: "Generalization: the train–test gap",
  summary:
    "Five MLP sizes on 80 noisy examples: who memorizes the noise, who underfits, and how the gap grows with parameters.",
  claims: [
    {
      cardKey: "pe-review-generalization",
      quote:
        "An MLP with many more parameters than training examples can memorize them, noise included: training accuracy approaches 100% while test accuracy lags — a large generalization gap.",
    },
    {
      cardKey: "pe-review-generalization",
      quote: "too few parameters underfit, and then both training and test accuracy are poor.",
    },
    { cardKey: "pe-review-generalization", quote: "Fewer parameters do not guarantee better generalization." },
  ],
  question:
    "On small, noisy data, does the train–test gap grow with the parameter count — and what happens at the small end?",
  lookFor: [
    "The summary chart: training accuracy climbs to 100% with size — mislabelled examples included, which is memorized noise. Test accuracy does not follow.",
    "The accuracy curves: the large models' training accuracy races ahead while their test accuracy stalls or falls.",
    "The smallest model: both accuracies low together — underfitting, not overfitting.",
  ],
  settings: [
    SEED,
    epochsSetting(30, 300),
    {
      key: "train",
      label: "Training points",
      help: "Fewer points make memorizing easier.",
      min: 20,
      max: 1000,
      default: 80,
    },
  ],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "Small noisy dataset",
      explain: `${DIM}-D points labelled by a hidden rule, with 20% of the training labels flipped; the test set is clean, so it measures the true pattern.`,
      data: {
        kind: "teacher",
        dim: DIM,
        interaction: 2.5,
        train: s.train,
        test: 500,
        labelNoise: 0.2,
        seed: seedFrom(s.seed, TASK),
      },
      budget: { epochs: s.epochs, batchSize: 16, learningRate: 0.015 },
      measure: {},
      variants: LADDER.map((l) => ({
        id: l.id,
        label: `MLP ${l.widths.join("×")}`,
        explain: `${formatParams(paramCount(mlp(DIM, l.widths)))}.`,
        model: mlp(DIM, l.widths),
      })),
    },
  ],
  verdict(results, s) {
    const vs = ladder(results);
    const gaps = vs.map(gap);
    const rho = spearman(
      vs.map((v) => v.params),
      gaps,
    );
    const largest = vs[vs.length - 1];
    const smallest = vs[0];
    const minGap = Math.min(...gaps);
    const grows = rho >= 0.6 && gap(largest) >= minGap + 0.05;
    const shrinks = rho <= -0.6;
    const memorizes = trainAcc(largest) >= 0.9;
    const bestTest = Math.max(...vs.map(testAcc));
    const underfits =
      testAcc(smallest) <= bestTest - 0.05 && trainAcc(smallest) <= Math.max(...vs.map(trainAcc)) - 0.05;
    const largestWorse = testAcc(largest) <= bestTest - 0.02;
    const row = (v: (typeof vs)[number]) => ({
      label: formatParams(v.params),
      value: `train ${formatPct(trainAcc(v))} · test ${formatPct(testAcc(v))} · gap ${formatPp(gap(v))}`,
    });
    const claims = [
      claim(
        "gap-grows",
        "Many parameters on little data: the gap grows",
        grows ? "supported" : shrinks ? "not_supported" : "it_depends",
        grows
          ? `The gap rises with the parameter count (rank correlation ${rho.toFixed(2)}); the largest model fits ${formatPct(trainAcc(largest))} of ${s.train} noisy labels${memorizes ? ", mislabelled ones included" : ""}.`
          : shrinks
            ? `The gap shrinks as parameters grow (rank correlation ${rho.toFixed(2)}).`
            : `No steady trend (rank correlation ${rho.toFixed(2)}): with this seed and budget the gap does not simply follow the count — regularization, data and training time matter too.`,
        vs.map(row),
        [
          { label: "rank correlation of gap with parameters", value: rho, unit: "num" },
          { label: "largest model's gap", value: gap(largest), unit: "pp" },
        ],
      ),
      claim(
        "underfit",
        "Too few parameters underfit",
        underfits ? "supported" : "it_depends",
        underfits
          ? `The smallest model (${formatParams(smallest.params)}) is low on both: train ${formatPct(trainAcc(smallest))}, test ${formatPct(testAcc(smallest))}.`
          : "The smallest model was not clearly worse on both sets.",
        [row(smallest)],
        [
          { label: "smallest model's test accuracy − best", value: testAcc(smallest) - bestTest, unit: "pp" },
          {
            label: "smallest model's training accuracy − best",
            value: trainAcc(smallest) - Math.max(...vs.map(trainAcc)),
            unit: "pp",
          },
        ],
      ),
      claim(
        "fewer-better",
        "Fewer parameters, better test accuracy",
        largestWorse ? "supported" : "not_supported",
        largestWorse
          ? `The largest model's test accuracy is ${formatPp(testAcc(largest) - bestTest)} below the best: its memorized noise cost accuracy on new data.`
          : `Not here: the largest model's test accuracy (${formatPct(testAcc(largest))}) is within 2 points of the best or better, although its train–test gap is large — as the card's caveat says, a large, well-trained network can generalize fine.`,
        [
          {
            label: "best test accuracy",
            value: `${formatPct(bestTest)} (${formatParams(vs.find((v) => testAcc(v) === bestTest)!.params)})`,
          },
        ],
        [{ label: "largest model's test accuracy − best", value: testAcc(largest) - bestTest, unit: "pp" }],
      ),
    ];
    const verdict = grows && underfits ? "supported" : shrinks ? "not_supported" : "it_depends";
    const headline = `Gap ${formatPp(gap(smallest))} at ${formatParams(smallest.params)}, ${formatPp(gap(largest))} at ${formatParams(largest.params)}; best test accuracy ${formatPct(bestTest)}.`;
    return { verdict, headline, claims };
  },
  charts(results) {
    const vs = ladder(results);
    return [
      {
        title: "Train and test accuracy against parameters (log scale)",
        xLabel: "parameters (log scale)",
        yLabel: "accuracy (%)",
        yFormat: "percent",
        log: true,
        yDomain: [0.4, 1],
        series: [
          { name: "train", points: vs.map((v) => ({ x: v.params, y: trainAcc(v) })), dashed: true },
          { name: "test", points: vs.map((v) => ({ x: v.params, y: testAcc(v) })) },
        ],
      },
    ];
  },
};
