/**
 * The training loop for one model: seeded shuffling, Adam, and per-epoch metrics on the
 * whole training and test sets. Written out (not model.fit) so shuffling is seeded, the
 * epoch timing excludes evaluation, and the caller can yield between epochs.
 */
import * as tf from "@tensorflow/tfjs";
import { evaluate, type Tensors } from "@/lib/experiments/measure";
import { permutation, seedFrom } from "@/lib/experiments/prng";
import { createRng } from "@/lib/random";
import type { Budget, EpochMetrics } from "@/lib/experiments/types";

export function toTensors(x: Float32Array, y: Int32Array, n: number, dim: number, classes: number): Tensors {
  const labels = tf.tensor1d(y, "int32");
  return { x: tf.tensor2d(x, [n, dim]), y: tf.oneHot(labels, classes).cast<tf.Tensor2D>("float32"), labels, n };
}

export function disposeTensors(t: Tensors) {
  t.x.dispose();
  t.y.dispose();
  t.labels.dispose();
}

export type TrainHooks = {
  onEpoch?: (m: EpochMetrics) => void | Promise<void>;
  /** called between epochs so a browser or worker can breathe (and a test can skip it) */
  yieldNow?: () => Promise<void>;
};

/** One Adam step on rows [start, start + size) of x and y. */
export function trainStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  x: tf.Tensor2D,
  y: tf.Tensor2D,
  start: number,
  size: number,
) {
  tf.tidy(() => {
    const xb = x.slice([start, 0], [size, -1]);
    const yb = y.slice([start, 0], [size, -1]);
    optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, model.apply(xb, { training: true }) as tf.Tensor2D));
  });
}

/** At most this many evaluations per model: long runs on tiny datasets would spend most of their time evaluating. */
export const MAX_EVALS = 20;

export async function train(
  model: tf.LayersModel,
  train: Tensors,
  test: Tensors,
  budget: Budget,
  seed: number,
  hooks: TrainHooks = {},
): Promise<EpochMetrics[]> {
  const optimizer = tf.train.adam(budget.learningRate);
  const rng = createRng(seedFrom(seed, "shuffle"));
  const history: EpochMetrics[] = [];
  const bs = Math.min(budget.batchSize, train.n);
  const probe = model.getWeights()[0];
  const evalEvery = Math.ceil(budget.epochs / MAX_EVALS);
  let sinceEval = { ms: 0, epochs: 0 };
  try {
    for (let epoch = 1; epoch <= budget.epochs; epoch++) {
      const order = tf.tensor1d(permutation(train.n, rng), "int32");
      const t0 = performance.now();
      const xs = tf.gather(train.x, order);
      const ys = tf.gather(train.y, order);
      for (let start = 0; start < train.n; start += bs) {
        const size = Math.min(bs, train.n - start);
        trainStep(model, optimizer, xs, ys, start, size);
      }
      await probe.data(); // on WebGL the ops above are only queued: wait for them before reading the clock
      sinceEval = { ms: sinceEval.ms + performance.now() - t0, epochs: sinceEval.epochs + 1 };
      xs.dispose();
      ys.dispose();
      order.dispose();
      if (epoch % evalEvery !== 0 && epoch !== budget.epochs) {
        await hooks.yieldNow?.();
        continue;
      }
      const trainMs = sinceEval.ms / sinceEval.epochs;
      sinceEval = { ms: 0, epochs: 0 };
      const tr = await evaluate(model, train);
      const te = await evaluate(model, test);
      const m = { epoch, trainLoss: tr.loss, trainAcc: tr.acc, testLoss: te.loss, testAcc: te.acc, trainMs };
      history.push(m);
      await hooks.onEpoch?.(m);
      await hooks.yieldNow?.();
    }
  } finally {
    optimizer.dispose();
  }
  return history;
}
