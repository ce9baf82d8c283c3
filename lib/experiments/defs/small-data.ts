/**
 * Fact 3: test accuracy against training-set size for a compact model whose structure
 * fits the task (a shared filter), a small MLP and a large MLP. Every size gets the same
 * number of gradient steps, so the comparison is about data, not training time; the
 * test set never changes.
 */
import { formatInt, formatParams, formatPct, formatPp } from "@/lib/experiments/format";
import { mlp, paramCount, sharedFilter } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ExperimentDef, ModelSpec, RunResults, Settings, TaskSpec } from "@/lib/experiments/types";
import { claim, pick, SEED, testAcc } from "@/lib/experiments/defs/common";

const LEN = 24;
const SHARED: ModelSpec = sharedFilter(LEN, 4, 5);
const SMALL = mlp(LEN, [8]);
const LARGE = mlp(LEN, [128, 128]);
const STEPS = 60;
const NOISE = 0.05;

export function sizesOf(s: Settings): number[] {
  return [s.smallest, s.smallest * 4, s.smallest * 16];
}

function budgetFor(n: number) {
  const batchSize = Math.min(32, Math.max(8, Math.round(n / 4)));
  return { epochs: Math.max(1, Math.round(STEPS / Math.ceil(n / batchSize))), batchSize, learningRate: 0.01 };
}

const taskId = (n: number) => `n${n}`;

function rows(results: RunResults, s: Settings) {
  return sizesOf(s).map((n) => {
    const [shared, small, large] = ["shared", "small", "large"].map((id) => pick(results, taskId(n), id));
    return { n, shared, small, large };
  });
}

export const smallData: ExperimentDef = {
  slug: "small-data",
  title: "Small datasets favour compact models",
  summary:
    "A compact shared-filter model, a small MLP and a large MLP trained on 3 sizes of the same data: who needs fewer examples?",
  claims: [
    {
      cardKey: "pe-fact-small-data",
      quote:
        "Models with higher parameter efficiency can often be trained with smaller datasets without sacrificing performance.",
    },
    {
      cardKey: "pe-fact-small-data",
      quote:
        "a compact model — especially one whose structure matches the task — has less to fit and so needs fewer examples to reach good test accuracy.",
    },
  ],
  question:
    "With few training examples, does a compact model match or beat a large one — and does it matter whether the compact model is merely narrow or built for the task?",
  lookFor: [
    "The summary chart: test accuracy against training-set size for the three models.",
    "The large MLP fits its few examples perfectly (training accuracy 100%) yet scores far lower on the test set.",
    "Compare the small MLP with the large one: fewer parameters alone buy little; the structure of the shared filter is what needs so few examples.",
  ],
  settings: [
    SEED,
    {
      key: "smallest",
      label: "Smallest training set",
      help: "The sizes tried are this, 4× and 16× it.",
      min: 10,
      max: 200,
      default: 25,
    },
  ],
  testSettings: {},
  tasks: (s: Settings): TaskSpec[] =>
    sizesOf(s).map((n) => ({
      id: taskId(n),
      label: `${formatInt(n)} examples`,
      explain: `The first ${formatInt(n)} training sequences, the same ${STEPS} gradient steps for every size.`,
      // One seed for every size: each larger training set extends the smaller one, and the test set is shared.
      data: {
        kind: "motif",
        length: LEN,
        noise: 0.5,
        train: n,
        test: 400,
        labelNoise: NOISE,
        seed: seedFrom(s.seed, "small-data"),
      },
      budget: budgetFor(n),
      measure: {},
      variants: [
        {
          id: "shared",
          label: "Compact: shared filter",
          explain: `4 filters of 5 weights reused at every position: ${formatParams(paramCount(SHARED))}. Compact and shaped for the task.`,
          model: SHARED,
        },
        {
          id: "small",
          label: "Small MLP 8",
          explain: `8 hidden units: ${formatParams(paramCount(SMALL))}. Compact, but no idea that the motif can move.`,
          model: SMALL,
        },
        {
          id: "large",
          label: "Large MLP 128×128",
          explain: `Two hidden layers of 128: ${formatParams(paramCount(LARGE))}.`,
          model: LARGE,
        },
      ],
    })),
  verdict(results, s) {
    const r = rows(results, s);
    const first = r[0];
    const lastRow = r[r.length - 1];
    const lead = (x: (typeof r)[number]) => testAcc(x.shared) - testAcc(x.large);
    const holds = lead(first) >= -0.01;
    const catchesUp = lead(lastRow) < lead(first);
    const narrow = testAcc(first.small) - testAcc(first.large);
    const narrowOk = testAcc(first.small) >= testAcc(first.shared) - 0.05;
    const line = (x: (typeof r)[number]) => ({
      label: `${formatInt(x.n)} examples`,
      value: `shared ${formatPct(testAcc(x.shared))} · small MLP ${formatPct(testAcc(x.small))} · large MLP ${formatPct(testAcc(x.large))}`,
    });
    const claims = [
      claim(
        "compact-holds",
        "With little data the compact model loses nothing",
        holds ? "supported" : "not_supported",
        holds
          ? `With ${first.n} examples the shared-filter model (${formatParams(first.shared.params)}) is ${lead(first) >= 0.01 ? `${formatPp(lead(first))} more accurate than` : "as accurate as"} the large MLP (${formatParams(first.large.params)}).`
          : `With ${first.n} examples the large MLP is more accurate.`,
        [line(first)],
        [{ label: `shared filter − large MLP at ${first.n} examples`, value: lead(first), unit: "pp" }],
      ),
      claim(
        "narrow-enough",
        "A merely narrow MLP does as well",
        narrowOk ? "supported" : "not_supported",
        narrowOk
          ? "The small MLP is about as good as the shared filter: here fewer parameters alone were enough."
          : `No: the small MLP scores ${formatPct(testAcc(first.small))} (${formatPp(narrow)} against the large MLP), the shared filter ${formatPct(testAcc(first.shared))}. The gain comes from structure that fits the task, not from the count alone.`,
        [
          {
            label: `at ${first.n} examples`,
            value: `small MLP ${formatPct(testAcc(first.small))} · shared filter ${formatPct(testAcc(first.shared))}`,
          },
        ],
        [
          {
            label: `small MLP − shared filter at ${first.n} examples`,
            value: testAcc(first.small) - testAcc(first.shared),
            unit: "pp",
          },
        ],
      ),
      claim(
        "catches-up",
        "With more data the large model catches up",
        catchesUp ? "supported" : "it_depends",
        catchesUp
          ? `The compact model's lead over the large MLP shrinks from ${formatPp(lead(first))} to ${formatPp(lead(lastRow))}.`
          : "The gap did not close over these sizes.",
        r.slice(1).map(line),
        [
          {
            label: `change in the compact model's lead, ${first.n} → ${lastRow.n} examples`,
            value: lead(lastRow) - lead(first),
            unit: "pp",
          },
        ],
      ),
    ];
    const verdict = holds ? "supported" : "not_supported";
    const headline = holds
      ? `With ${first.n} examples the compact shared-filter model scores ${formatPct(testAcc(first.shared))}, the large MLP ${formatPct(testAcc(first.large))}.`
      : `With ${first.n} examples the large MLP still wins (${formatPp(-lead(first))}).`;
    return { verdict, headline, claims };
  },
  charts(results, s) {
    const r = rows(results, s);
    const series = (name: string, key: "shared" | "small" | "large") => ({
      name,
      points: r.map((x) => ({ x: x.n, y: testAcc(x[key]) })),
    });
    return [
      {
        title: "Test accuracy against training-set size",
        xLabel: "training examples (log scale)",
        yLabel: "test accuracy (%)",
        yFormat: "percent",
        log: true,
        yDomain: [0.4, 1],
        series: [series("shared filter", "shared"), series("small MLP", "small"), series("large MLP", "large")],
      },
    ];
  },
};
