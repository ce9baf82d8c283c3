import * as tf from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "@/lib/experiments/build-model";
import { mlp } from "@/lib/experiments/layers";
import { timeInterleaved, TIMING_METHOD } from "@/lib/experiments/timing";
import type { Tensors } from "@/lib/experiments/measure";
import { disposeTensors, toTensors } from "@/lib/experiments/train";
import { selectCpuBackend } from "./helpers";

// Real tfjs (cpu backend), real models: what the timing returns and what it leaves behind.
// No assertion on how long anything took (timings are not test material on a shared CPU).
describe("robust timing (interleaved rounds, warm-up dropped, median)", () => {
  let train: Tensors;
  let test: Tensors;
  const models: tf.LayersModel[] = [];
  beforeAll(async () => {
    await selectCpuBackend();
    const n = 64;
    const x = Float32Array.from({ length: n * 4 }, (_, i) => Math.sin(i));
    const y = Int32Array.from({ length: n }, (_, i) => i % 2);
    train = toTensors(x, y, n, 4, 2);
    test = toTensors(x, y, n, 4, 2);
    models.push(buildModel(mlp(4, [8]), 1, "small"), buildModel(mlp(4, [64, 64]), 2, "large"));
  });
  afterAll(() => {
    models.forEach((m) => m.dispose());
    disposeTensors(train);
    disposeTensors(test);
  });

  it("times an epoch and a prediction per model, only what was asked, and frees what it made", async () => {
    const budget = { epochs: 1, batchSize: 16, learningRate: 0.01 };
    const before = tf.memory().numTensors;
    const both = await timeInterleaved(models, train, test, budget, { epochs: true, inference: true });
    expect(tf.memory().numTensors).toBe(before);
    expect(both).toHaveLength(2);
    for (const t of both) {
      expect(t.msPerEpoch).toBeGreaterThan(0);
      expect(t.inferUs).toBeGreaterThan(0);
    }
    const inferOnly = await timeInterleaved(models, train, test, budget, { epochs: false, inference: true });
    expect(inferOnly.map((t) => Object.keys(t))).toEqual([["inferUs"], ["inferUs"]]);
    expect(TIMING_METHOD).toMatch(/median of \d+ interleaved rounds after a warm-up round/);
  });

  it("trains while timing epochs (so it runs only after every accuracy is measured)", async () => {
    const w0 = models[0].getWeights()[0].dataSync().slice();
    await timeInterleaved(
      models,
      train,
      test,
      { epochs: 1, batchSize: 16, learningRate: 0.01 },
      {
        epochs: true,
        inference: false,
      },
    );
    expect(Array.from(models[0].getWeights()[0].dataSync())).not.toEqual(Array.from(w0));
  });
});
