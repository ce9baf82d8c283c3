/**
 * Runs one experiment end to end on whatever tfjs backend is active: for each task, build
 * the seeded dataset, then train and measure every variant, streaming events as it goes.
 * The verdict is computed at the end from the measured results, never before.
 */
import * as tf from "@tensorflow/tfjs";
import { buildModel, measuredLayerParams } from "@/lib/experiments/build-model";
import { makeDataset } from "@/lib/experiments/datasets";
import { boundary, quantizedAccuracy } from "@/lib/experiments/measure";
import { timeInterleaved, TIMING_METHOD } from "@/lib/experiments/timing";
import { median } from "@/lib/stats";
import { seedFrom } from "@/lib/experiments/prng";
import { disposeTensors, toTensors, train } from "@/lib/experiments/train";
import type {
  EpochMetrics,
  ExperimentDef,
  RunResults,
  Settings,
  VariantResult,
  VerdictReport,
} from "@/lib/experiments/types";

export type RunEvent =
  | { type: "start"; backend: string; plan: { taskId: string; variantIds: string[] }[] }
  | { type: "task"; taskId: string; points: { x: number[]; y: number[]; label: number[] } | null }
  | { type: "epoch"; taskId: string; variantId: string; metrics: EpochMetrics }
  | { type: "boundary"; taskId: string; variantId: string; epoch: number; grid: number[] }
  | { type: "variant"; result: VariantResult }
  | { type: "done"; results: RunResults; verdict: VerdictReport; durationMs: number; backend: string };

export type RunOptions = {
  onEvent?: (e: RunEvent) => void;
  yieldNow?: () => Promise<void>;
  /** what the device is, in a few words, for verdicts that depend on it (timings) */
  device?: string;
  /** false: skip the decision-boundary pictures (a headless run has no one to show them to) */
  boundaries?: boolean;
};

export type RunOutput = { results: RunResults; verdict: VerdictReport; durationMs: number; backend: string };

const MAX_POINTS = 300;

export async function runExperiment(def: ExperimentDef, settings: Settings, opts: RunOptions = {}): Promise<RunOutput> {
  const emit = opts.onEvent ?? (() => {});
  const t0 = performance.now();
  const backend = tf.getBackend();
  const tasks = def.tasks(settings);
  emit({ type: "start", backend, plan: tasks.map((t) => ({ taskId: t.id, variantIds: t.variants.map((v) => v.id) })) });
  const variants: VariantResult[] = [];

  for (const task of tasks) {
    const data = makeDataset(task.data);
    const trainT = toTensors(data.train.x, data.train.y, data.train.n, data.dim, data.classes);
    const testT = toTensors(data.test.x, data.test.y, data.test.n, data.dim, data.classes);
    const shown = Math.min(MAX_POINTS, data.train.n);
    emit({
      type: "task",
      taskId: task.id,
      points: data.twoD
        ? {
            x: Array.from({ length: shown }, (_, i) => data.train.x[2 * i]),
            y: Array.from({ length: shown }, (_, i) => data.train.x[2 * i + 1]),
            label: Array.from(data.train.y.subarray(0, shown)),
          }
        : null,
    });
    // Tasks that measure time keep their trained models to time them together at the end.
    const timed = task.measure.inference || task.measure.epochTime ? new Map<VariantResult, tf.LayersModel>() : null;
    try {
      for (const variant of task.variants) {
        const seed = seedFrom(settings.seed, variant.id);
        const model = buildModel(variant.model, seed, variant.id.replace(/[^a-z0-9]/gi, "_"));
        let kept = false;
        try {
          const history = await train(model, trainT, testT, task.budget, seed, {
            yieldNow: opts.yieldNow,
            onEpoch: async (metrics) => {
              emit({ type: "epoch", taskId: task.id, variantId: variant.id, metrics });
              if (data.twoD && task.measure.boundary && opts.boundaries !== false) {
                emit({
                  type: "boundary",
                  taskId: task.id,
                  variantId: variant.id,
                  epoch: metrics.epoch,
                  grid: await boundary(model),
                });
              }
            },
          });
          const q = task.measure.quantize ? await quantizedAccuracy(model, testT) : null;
          const result: VariantResult = {
            taskId: task.id,
            variantId: variant.id,
            params: model.countParams(),
            layerParams: measuredLayerParams(model, variant.model),
            weightBytes: q
              ? q.float32Bytes
              : model.getWeights().reduce((s, w) => s + w.size * Float32Array.BYTES_PER_ELEMENT, 0),
            history,
            msPerEpoch: median(history.map((h) => h.trainMs)) ?? 0,
            ...(q ? { quant: { float16: q.float16, int8: q.int8 } } : {}),
          };
          variants.push(result);
          emit({ type: "variant", result });
          if (timed) {
            timed.set(result, model);
            kept = true;
          }
        } finally {
          if (!kept) model.dispose();
        }
      }
      if (timed) {
        const times = await timeInterleaved(
          [...timed.values()],
          trainT,
          testT,
          task.budget,
          { epochs: !!task.measure.epochTime, inference: !!task.measure.inference },
          opts.yieldNow,
        );
        [...timed.keys()].forEach((result, i) => {
          Object.assign(result, times[i]);
          emit({ type: "variant", result }); // again, with the final timings
        });
      }
    } finally {
      timed?.forEach((m) => m.dispose());
      disposeTensors(trainT);
      disposeTensors(testT);
    }
  }

  const timing = tasks.some((t) => t.measure.inference || t.measure.epochTime) ? TIMING_METHOD : undefined;
  const results: RunResults = {
    variants,
    env: { backend, device: opts.device ?? "unknown device", ...(timing ? { timing } : {}) },
  };
  const verdict = def.verdict(results, settings);
  const durationMs = Math.round(performance.now() - t0);
  emit({ type: "done", results, verdict, durationMs, backend });
  return { results, verdict, durationMs, backend };
}
