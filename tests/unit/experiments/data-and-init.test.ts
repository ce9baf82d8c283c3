import { describe, expect, it, beforeAll } from "vitest";
import * as tf from "@tensorflow/tfjs";
import { makeDataset, type DataSpec } from "@/lib/experiments/datasets";
import { buildModel } from "@/lib/experiments/build-model";
import { seedFrom } from "@/lib/experiments/prng";
import { createRng } from "@/lib/random";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { defaultSettings } from "@/lib/experiments/settings";
import { selectCpuBackend } from "./helpers";

const specs: DataSpec[] = [
  { kind: "spiral", noise: 0.05, turns: 1.25, train: 200, test: 100, seed: 7 },
  { kind: "checkerboard", cells: 3, train: 200, test: 100, seed: 7 },
  { kind: "moons", noise: 0.1, train: 200, test: 100, seed: 7, labelNoise: 0.2 },
  { kind: "teacher", dim: 6, train: 200, test: 100, seed: 7, labelNoise: 0.2 },
  { kind: "motif", length: 24, noise: 0.5, train: 200, test: 100, seed: 7 },
];

describe("seeded data", () => {
  it("the same seed gives bit-identical data; another seed gives other data", () => {
    for (const spec of specs) {
      const a = makeDataset(spec);
      const b = makeDataset({ ...spec });
      expect(Buffer.from(a.train.x.buffer)).toEqual(Buffer.from(b.train.x.buffer));
      expect(Array.from(a.train.y)).toEqual(Array.from(b.train.y));
      expect(Buffer.from(a.test.x.buffer)).toEqual(Buffer.from(b.test.x.buffer));
      const c = makeDataset({ ...spec, seed: 8 });
      expect(Buffer.from(c.train.x.buffer)).not.toEqual(Buffer.from(a.train.x.buffer));
    }
  });

  it("every experiment's tasks make the same datasets from the same settings", () => {
    for (const def of EXPERIMENTS) {
      const s = defaultSettings(def);
      const first = def.tasks(s).map((t) => makeDataset(t.data));
      const again = def.tasks({ ...s }).map((t) => makeDataset(t.data));
      first.forEach((d, i) => expect(Buffer.from(d.train.x.buffer)).toEqual(Buffer.from(again[i].train.x.buffer)));
      const other = def.tasks({ ...s, seed: s.seed + 1 }).map((t) => makeDataset(t.data));
      expect(Buffer.from(other[0].train.x.buffer)).not.toEqual(Buffer.from(first[0].train.x.buffer));
    }
  });

  it("a larger training set extends a smaller one, and the test set does not change with it", () => {
    const small = makeDataset({ ...specs[4], train: 50 });
    const big = makeDataset({ ...specs[4], train: 200 });
    expect(Array.from(big.train.x.subarray(0, small.train.x.length))).toEqual(Array.from(small.train.x));
    expect(Array.from(big.test.y)).toEqual(Array.from(small.test.y));
  });

  it("label noise flips about the asked share of training labels and never touches the test set", () => {
    const clean = makeDataset({ ...specs[3], train: 4000, labelNoise: 0 });
    const noisy = makeDataset({ ...specs[3], train: 4000, labelNoise: 0.2 });
    // Same points (noise draws happen after each point), so compare labels point by point.
    let flipped = 0;
    for (let i = 0; i < 4000; i++) if (clean.train.y[i] !== noisy.train.y[i]) flipped++;
    expect(flipped / 4000).toBeGreaterThan(0.17);
    expect(flipped / 4000).toBeLessThan(0.23);
    expect(Array.from(noisy.test.y)).toEqual(Array.from(clean.test.y));
  });

  it("the generator is uniform enough: mean of 10,000 draws near 0.5, and seeds differ", () => {
    const r = createRng(seedFrom(1, "x"));
    let s = 0;
    for (let i = 0; i < 10_000; i++) s += r.next();
    expect(s / 10_000).toBeCloseTo(0.5, 1);
    expect(seedFrom(1, "a")).not.toBe(seedFrom(1, "b"));
  });
});

describe("seeded initial weights", () => {
  beforeAll(selectCpuBackend);

  it("the same seed gives identical starting weights for every model of every experiment; another seed differs", () => {
    for (const def of EXPERIMENTS) {
      for (const task of def.tasks(defaultSettings(def))) {
        for (const v of task.variants) {
          const a = buildModel(v.model, seedFrom(42, v.id));
          const b = buildModel(v.model, seedFrom(42, v.id));
          const c = buildModel(v.model, seedFrom(43, v.id));
          const wa = a.getWeights().map((w) => Array.from(w.dataSync()));
          expect(b.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(wa);
          expect(c.getWeights().map((w) => Array.from(w.dataSync()))).not.toEqual(wa);
          [a, b, c].forEach((m) => m.dispose());
        }
      }
    }
    expect(tf.memory().numTensors).toBeLessThan(50);
  });
});
