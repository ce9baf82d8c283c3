/**
 * Timing that survives a busy device. The trained models of a task are timed together after
 * every accuracy measurement is done, in interleaved rounds (A B C, then C B A, …): a burst
 * of load from elsewhere on the machine then lands on all of them instead of on whichever
 * model happened to be training. The first round is a warm-up (kernels compile, buffers are
 * allocated) and is discarded; each model's time is the median of the other rounds.
 */
import * as tf from "@tensorflow/tfjs";
import type { Tensors } from "@/lib/experiments/measure";
import { trainStep } from "@/lib/experiments/train";
import { median } from "@/lib/stats";
import type { Budget } from "@/lib/experiments/types";

/** Measured rounds after the warm-up one. */
export const TIMED_ROUNDS = 7;
/** Training steps per model per round (an epoch's time is the median step time × steps per epoch). */
const STEPS_PER_ROUND = 3;
/** Predictions of the whole test set per model per round. */
const PREDICTIONS_PER_ROUND = 3;

export const TIMING_METHOD = `median of ${TIMED_ROUNDS} interleaved rounds after a warm-up round`;

export type Timing = { msPerEpoch?: number; inferUs?: number };

/** Waits for queued work (WebGL queues ops) before the clock is read. */
async function settle(t: tf.Tensor): Promise<void> {
  await t.data();
}

async function stepsMs(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  train: Tensors,
  batchSize: number,
  steps: number,
): Promise<number> {
  const t0 = performance.now();
  for (let s = 0; s < steps; s++) trainStep(model, optimizer, train.x, train.y, s * batchSize, batchSize);
  await settle(model.getWeights()[0]);
  return (performance.now() - t0) / steps;
}

async function predictMs(model: tf.LayersModel, x: tf.Tensor2D): Promise<number> {
  const t0 = performance.now();
  const out = model.predict(x) as tf.Tensor;
  await settle(out);
  out.dispose();
  return performance.now() - t0;
}

/**
 * Times a training epoch (if `epochs`) and predicting the whole test set (if `inference`) for
 * each model. The timed steps change the weights, so call this only once nothing else is to
 * be measured on these models.
 */
export async function timeInterleaved(
  models: tf.LayersModel[],
  train: Tensors,
  test: Tensors,
  budget: Budget,
  what: { epochs: boolean; inference: boolean },
  yieldNow?: () => Promise<void>,
): Promise<Timing[]> {
  const batchSize = Math.min(budget.batchSize, train.n);
  const stepsPerEpoch = Math.ceil(train.n / batchSize);
  const steps = Math.min(STEPS_PER_ROUND, Math.floor(train.n / batchSize));
  const optimizers = models.map(() => tf.train.adam(budget.learningRate));
  const stepMs: number[][] = models.map(() => []);
  const predMs: number[][] = models.map(() => []);
  try {
    for (let round = 0; round <= TIMED_ROUNDS; round++) {
      const order = models.map((_, i) => (round % 2 ? models.length - 1 - i : i));
      for (const i of order) {
        if (what.epochs) {
          const ms = await stepsMs(models[i], optimizers[i], train, batchSize, steps);
          if (round > 0) stepMs[i].push(ms);
        }
        if (what.inference) {
          for (let k = 0; k < PREDICTIONS_PER_ROUND; k++) {
            const ms = await predictMs(models[i], test.x);
            if (round > 0) predMs[i].push(ms);
          }
        }
      }
      await yieldNow?.();
    }
  } finally {
    optimizers.forEach((o) => o.dispose());
  }
  return models.map((_, i) => ({
    ...(what.epochs ? { msPerEpoch: median(stepMs[i])! * stepsPerEpoch } : {}),
    ...(what.inference ? { inferUs: (median(predMs[i])! * 1000) / test.n } : {}),
  }));
}
