/**
 * Definition card + review 3: accuracy, parameters and latency for a ladder of MLP sizes;
 * the frontier (no model better on every axis) and the best model under a parameter budget.
 */
import { formatInt, formatParams, formatPct, formatPp, formatRatio, formatUs } from "@/lib/experiments/format";
import { mlp, paramCount } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, RunResults, Settings, VariantResult } from "@/lib/experiments/types";
import { claim, epochsSetting, pick, SEED, testAcc } from "@/lib/experiments/defs/common";

const SIZES: { id: string; widths: number[] }[] = [
  { id: "w4", widths: [4] },
  { id: "w8", widths: [8] },
  { id: "w16x2", widths: [16, 16] },
  { id: "w32x2", widths: [32, 32] },
  { id: "w64x2", widths: [64, 64] },
];
const TASK = "spiral";
const TOLERANCE = 0.02; // "as good as the best" means within 2 points of accuracy

const label = (w: number[]) => `MLP ${w.join("×")}`;

/** Models no other model beats on accuracy, parameters and latency at once. */
export function frontierOf(vs: VariantResult[]): VariantResult[] {
  const lat = (v: VariantResult) => v.inferUs ?? 0;
  return vs.filter(
    (a) =>
      !vs.some(
        (b) =>
          b !== a &&
          testAcc(b) >= testAcc(a) &&
          b.params <= a.params &&
          lat(b) <= lat(a) &&
          (testAcc(b) > testAcc(a) || b.params < a.params || lat(b) < lat(a)),
      ),
  );
}

/** The most accurate model within the parameter budget (ties: fewer parameters). */
export function bestUnderBudget(vs: VariantResult[], budget: number): VariantResult | null {
  const ok = vs.filter((v) => v.params <= budget).sort((a, b) => testAcc(b) - testAcc(a) || a.params - b.params);
  return ok[0] ?? null;
}

function variantsOf(results: RunResults) {
  return SIZES.map((s) => pick(results, TASK, s.id));
}

export const frontier: ExperimentDef = {
  slug: "frontier",
  title: "Accuracy per parameter: the frontier",
  summary:
    "Five MLP sizes on a spiral: where does accuracy stop paying for parameters, and which model wins under a budget?",
  claims: [
    {
      cardKey: "pe-definition",
      quote:
        "Parameter efficiency refers to the ability of a model to achieve high performance while using a minimal number of parameters.",
    },
    {
      cardKey: "pe-review-tradeoffs",
      quote:
        "In practice: measure accuracy, parameters and latency for several sizes, keep the models on the frontier (none better on every axis), and choose the smallest one that meets the accuracy target within the device's budget.",
    },
  ],
  question:
    "Does accuracy keep rising with parameters, or does it flatten — and what does the best model under a budget cost?",
  lookFor: [
    "The test-accuracy chart: the tiny models plateau low (underfitting), the larger ones bunch together at the top.",
    "The results table's “Frontier” column, once the run ends: ✓ marks the models that no other model beats on accuracy, parameters and latency at once (the chart's dashed line joins them).",
    "The budget row: the most accurate model that fits the parameter budget you set.",
  ],
  settings: [
    SEED,
    epochsSetting(20),
    {
      key: "budget",
      label: "Parameter budget",
      help: "The most parameters your device allows.",
      min: 10,
      max: 100_000,
      default: 1500,
    },
  ],
  tasks: (s: Settings) => [
    {
      id: TASK,
      label: "Spiral",
      explain: "Two spiral arms: a curved boundary that a too-small MLP cannot draw.",
      data: { kind: "spiral", train: 800, test: 800, noise: 0.05, turns: 1.25, seed: seedFrom(s.seed, TASK) },
      budget: { epochs: s.epochs, batchSize: 64, learningRate: 0.03 },
      measure: { inference: true, boundary: true },
      variants: SIZES.map((size) => ({
        id: size.id,
        label: label(size.widths),
        explain: `${size.widths.length === 1 ? "One hidden layer" : "Two hidden layers"} of ${size.widths[0]} ReLU units: ${formatParams(paramCount(mlp(2, size.widths)))}.`,
        model: mlp(2, size.widths),
      })),
    },
  ],
  verdict(results, s) {
    const vs = variantsOf(results);
    const best = Math.max(...vs.map(testAcc));
    const largest = vs.reduce((a, b) => (b.params > a.params ? b : a));
    const smallest = vs.reduce((a, b) => (b.params < a.params ? b : a));
    const knee = [...vs].sort((a, b) => a.params - b.params).find((v) => testAcc(v) >= best - TOLERANCE)!;
    const saving = largest.params / knee.params;
    const drop = best - testAcc(smallest);
    const budgetPick = bestUnderBudget(vs, s.budget);
    const efficient = saving >= 3;
    const risk = drop >= 0.05;
    const c1 = claim(
      "fraction",
      "High accuracy with a fraction of the parameters",
      efficient ? "supported" : "not_supported",
      efficient
        ? `The smallest model within ${TOLERANCE * 100} points of the best accuracy uses ${formatRatio(saving)} fewer parameters than the largest.`
        : "Only the largest models reached the best accuracy: on this run, more parameters kept paying off.",
      [
        { label: "best test accuracy", value: formatPct(best) },
        {
          label: "smallest model that reaches it",
          value: `${label(SIZES.find((x) => x.id === knee.variantId)!.widths)} · ${formatParams(knee.params)} · ${formatPct(testAcc(knee))}`,
        },
        { label: "largest model", value: `${formatParams(largest.params)} · ${formatPct(testAcc(largest))}` },
      ],
      [
        { label: "parameters saved (largest ÷ smallest within 2 points)", value: saving, unit: "ratio" },
        { label: "best test accuracy", value: best, unit: "pct" },
      ],
    );
    const c2 = claim(
      "underfit",
      "Past a point, shrinking costs accuracy (underfitting)",
      risk ? "supported" : "not_supported",
      risk
        ? `The smallest model is ${formatPp(-drop).replace("−", "")} below the best: too few parameters to draw the spiral.`
        : "Even the smallest model was close to the best: this task did not punish shrinking.",
      [
        {
          label: "smallest model",
          value: `${formatParams(smallest.params)} · ${formatPct(testAcc(smallest))} (${formatPp(-drop)})`,
        },
      ],
      [{ label: "smallest model below the best", value: -drop, unit: "pp" }],
    );
    const c3 = claim(
      "budget",
      `Best model under a budget of ${formatInt(s.budget)} parameters`,
      budgetPick && testAcc(budgetPick) >= best - TOLERANCE ? "supported" : "it_depends",
      budgetPick
        ? testAcc(budgetPick) >= best - TOLERANCE
          ? "It fits the budget and is as good as the best model."
          : "The budget forces a less accurate model: decide whether its accuracy is enough."
        : "No model fits this budget.",
      budgetPick
        ? [
            {
              label: "pick",
              value: `${formatParams(budgetPick.params)} · ${formatPct(testAcc(budgetPick))} · ${formatUs(budgetPick.inferUs ?? 0)} per prediction`,
            },
          ]
        : [],
      [{ label: "budget pick against the best", value: budgetPick ? testAcc(budgetPick) - best : null, unit: "pp" }],
    );
    const verdict = efficient && risk ? "supported" : efficient || risk ? "it_depends" : "not_supported";
    const headline =
      verdict === "supported"
        ? `Accuracy flattens: ${formatParams(knee.params)} do what ${formatParams(largest.params)} do, while the smallest model falls ${formatPp(-drop).replace("−", "")} short.`
        : verdict === "it_depends"
          ? efficient
            ? "A compact model matched the largest, but shrinking further did not hurt on this run."
            : "Shrinking hurt, and only the largest models reached the best accuracy on this run."
          : "On this run accuracy did not flatten, and shrinking did not hurt either: no trade-off was visible.";
    return { verdict, headline, claims: [c1, c2, c3] };
  },
  charts(results) {
    const vs = variantsOf(results);
    return [
      {
        title: "Test accuracy against parameters (log scale)",
        xLabel: "parameters (log scale)",
        yLabel: "test accuracy (%)",
        yFormat: "percent",
        log: true,
        yDomain: [0.4, 1],
        series: [
          { name: "every model", points: vs.map((v) => ({ x: v.params, y: testAcc(v) })) },
          {
            name: "on the frontier",
            dashed: true,
            points: frontierOf(vs)
              .sort((a, b) => a.params - b.params)
              .map((v) => ({ x: v.params, y: testAcc(v) })),
          },
        ],
      },
    ];
  },
  resultColumns(results, s) {
    const vs = variantsOf(results);
    const front = new Set(frontierOf(vs));
    const pick = bestUnderBudget(vs, s.budget);
    const cells = (text: (v: VariantResult) => string) => Object.fromEntries(vs.map((v) => [v.variantId, text(v)]));
    return [
      { taskId: TASK, head: "Frontier", cells: cells((v) => (front.has(v) ? "✓ yes" : "no")) },
      {
        taskId: TASK,
        head: `Budget ${formatInt(s.budget)}`,
        cells: cells((v) => (v === pick ? "★ best fit" : v.params <= s.budget ? "fits" : "over")),
      },
    ];
  },
};
