/**
 * The shapes shared by the experiment definitions, the run loop, the worker, the page and
 * the server. Everything here is plain data (JSON-safe) so results can cross the worker
 * boundary and be stored as they are.
 */
import type { ModelSpec } from "@/lib/experiments/layers";
import type { DataSpec } from "@/lib/experiments/datasets";

export type Verdict = "supported" | "not_supported" | "it_depends";
export type BackendName = "webgl" | "wasm" | "cpu";
export type BackendChoice = BackendName | "auto";

/** A numeric knob shown on the page and carried in the URL (integers only, so URLs stay short). */
export type SettingSpec = {
  key: string;
  label: string;
  help: string;
  min: number;
  max: number;
  default: number;
};

export type Settings = { seed: number } & Record<string, number>;

export type Budget = { epochs: number; batchSize: number; learningRate: number };

export type { ModelSpec };

export type VariantSpec = { id: string; label: string; explain: string; model: ModelSpec };

/** What the run loop measures beyond loss and accuracy (each costs time, so tasks opt in). */
export type Measures = {
  inference?: boolean;
  quantize?: boolean;
  boundary?: boolean;
  /** time a training epoch of each model robustly after training (interleaved rounds, median) */
  epochTime?: boolean;
};

export type TaskSpec = {
  id: string;
  label: string;
  explain: string;
  data: DataSpec;
  budget: Budget;
  variants: VariantSpec[];
  measure: Measures;
};

export type EpochMetrics = {
  epoch: number;
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
  /** wall time of one epoch's training steps (evaluation excluded; averaged since the previous evaluation) */
  trainMs: number;
};

export type QuantResult = { bytes: number; testAcc: number };

export type VariantResult = {
  taskId: string;
  variantId: string;
  /** model.countParams() as measured on the built model */
  params: number;
  /** countParams() per layer spec, in order (output layer last) */
  layerParams: number[];
  /** bytes of the float32 weight arrays actually held by the model */
  weightBytes: number;
  history: EpochMetrics[];
  /** median wall time of one training epoch */
  msPerEpoch: number;
  /** median inference time per example, over the test set, in microseconds */
  inferUs?: number;
  quant?: { float16: QuantResult; int8: QuantResult };
};

/** Where a run ran: the backend, the device in a few words, and how times were measured. */
export type RunEnv = { backend: string; device: string; timing?: string };

export type RunResults = { variants: VariantResult[]; env?: RunEnv };

export type Numbers = { label: string; value: string }[];

/** How a number the verdict rests on is shown: a fraction as %, a difference of fractions in points, a ratio as ×, … */
export type BasisUnit = "pct" | "pp" | "ratio" | "count" | "epoch" | "num";

/** One number a claim's verdict was decided on, raw (null: not measured on this run, e.g. a target never reached). */
export type Basis = { label: string; value: number | null; unit: BasisUnit };

/**
 * One part of the claim. `id` is stable (cards and the robustness summaries name claims by
 * it); `basis` holds the raw numbers the verdict compares with its thresholds, so their
 * spread over many seeds can be summarized.
 */
export type ClaimVerdict = {
  id: string;
  claim: string;
  verdict: Verdict;
  because: string;
  numbers: Numbers;
  basis: Basis[];
};

export type VerdictReport = { verdict: Verdict; headline: string; claims: ClaimVerdict[] };

export type CardClaim = { cardKey: string; quote: string };

export type SummaryChart = {
  title: string;
  /** with its unit, e.g. "parameters (log scale)", "time per epoch (ms)" */
  xLabel: string;
  yLabel: string;
  log?: boolean;
  yDomain?: [number, number];
  /** "percent": y values are fractions (accuracies), printed as % */
  yFormat?: "number" | "percent";
  series: { name: string; points: { x: number; y: number }[]; dashed?: boolean }[];
};

/** A column added to one task's results table: a short text per variant id. */
export type ResultColumn = { taskId: string; head: string; cells: Record<string, string> };

/** One experiment: data plus pure functions. No tfjs, no React: the page, worker, server and tests share it. */
export type ExperimentDef = {
  slug: string;
  title: string;
  /** one line for the list page */
  summary: string;
  claims: CardClaim[];
  /** the question the run answers, in the learner's words */
  question: string;
  lookFor: string[];
  settings: SettingSpec[];
  /** values the Node tests would use instead of the defaults; none does today (tests/unit/experiments/test-settings.test.ts) */
  testSettings?: Record<string, number>;
  tasks(settings: Settings): TaskSpec[];
  verdict(results: RunResults, settings: Settings): VerdictReport;
  charts?(results: RunResults, settings: Settings): SummaryChart[];
  /** extra columns of the results table, read from the finished run (e.g. which models are on the frontier) */
  resultColumns?(results: RunResults, settings: Settings): ResultColumn[];
  /** an honest note shown beside the verdict (what this run does not show) */
  note?: string;
};
