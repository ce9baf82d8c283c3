import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as tf from "@tensorflow/tfjs";
import { GENERATORS, generate } from "@/lib/quiz/generators";
import { BYTES_PER_PARAM } from "@/lib/quiz/generators/bytes";
import type { LayerSpec, ModelSpec } from "@/lib/quiz/generators/model-spec";
import { grade } from "@/lib/quiz/grade";
import { instanceAsQuestion } from "@/lib/quiz/generators";
import { deriveSeed } from "@/lib/quiz/random";

/**
 * The generated questions' answers come from formulas. Here the same models are built in
 * TensorFlow.js (cpu backend, no training) and tfjs counts their parameters: for 200 seeds
 * per generator the two must agree exactly.
 */
const SEEDS = Array.from({ length: 200 }, (_, i) => deriveSeed(20261128, `seed-${i}`));

function tfLayer(spec: LayerSpec, inputShape?: number[]): tf.layers.Layer {
  const base = inputShape ? { inputShape } : {};
  // Zero initializers: the count does not depend on values, and filling zeros is fast.
  const init = { kernelInitializer: "zeros", biasInitializer: "zeros" } as const;
  switch (spec.kind) {
    case "dense":
      return tf.layers.dense({ ...base, ...init, units: spec.units, activation: spec.activation ?? "linear" });
    case "conv1d":
      return tf.layers.conv1d({ ...base, ...init, filters: spec.filters, kernelSize: spec.kernel, padding: "same" });
    case "conv2d":
      return tf.layers.conv2d({ ...base, ...init, filters: spec.filters, kernelSize: spec.kernel, padding: "same" });
    case "flatten":
      return tf.layers.flatten(base);
    case "layerNorm":
      return tf.layers.layerNormalization(base);
    case "dropout":
      return tf.layers.dropout({ ...base, rate: spec.rate });
  }
}

function build(spec: ModelSpec): tf.Sequential {
  const model = tf.sequential();
  spec.layers.forEach((l, i) => model.add(tfLayer(l, i === 0 ? spec.input : undefined)));
  return model;
}

/** Builds, counts with tfjs, disposes. */
function tfCount(spec: ModelSpec, pick?: (layer: tf.layers.Layer) => boolean): number {
  const model = build(spec);
  try {
    return pick ? model.layers.filter(pick).reduce((s, l) => s + l.countParams(), 0) : model.countParams();
  } finally {
    model.dispose();
  }
}

let baselineTensors = 0;
beforeAll(async () => {
  await tf.setBackend("cpu");
  baselineTensors = tf.memory().numTensors;
});
afterAll(() => {
  expect(tf.memory().numTensors).toBe(baselineTensors); // every model was disposed
});

describe("generated parameter-count questions agree with TensorFlow.js countParams()", () => {
  it("mlp-params: the formula total equals model.countParams() for 200 seeds", () => {
    for (const seed of SEEDS) {
      const inst = generate("mlp-params", seed);
      expect(inst.answer, `seed ${seed}`).toBe(tfCount(inst.models.mlp));
    }
  });

  it("conv-vs-dense: conv, dense and the saving equal tfjs counts for 200 seeds, in 1-D and 2-D", () => {
    const seen = new Set<string>();
    for (const seed of SEEDS) {
      const inst = generate("conv-vs-dense", seed);
      const conv = tfCount(inst.models.conv);
      const dense = tfCount(inst.models.dense);
      const expected = inst.variant === "conv" ? conv : inst.variant === "dense" ? dense : dense - conv;
      expect(inst.answer, `seed ${seed} (${inst.variant})`).toBe(expected);
      expect(dense).toBeGreaterThan(conv); // sharing always wins at these sizes
      seen.add(`${inst.models.conv.layers[0].kind}/${inst.variant}`);
    }
    expect(seen.size).toBe(6); // both dimensions × all three questions were exercised
  });

  it("norm-dropout: LayerNormalization adds 2·d, Dropout adds 0, totals match, for 200 seeds", () => {
    for (const seed of SEEDS) {
      const inst = generate("norm-dropout", seed);
      const spec = inst.models.model;
      const added = tfCount(spec, (l) => l.getClassName() === "LayerNormalization" || l.getClassName() === "Dropout");
      const dropoutOnly = tfCount(spec, (l) => l.getClassName() === "Dropout");
      expect(dropoutOnly).toBe(0);
      const expected = inst.variant === "added" ? added : tfCount(spec);
      expect(inst.answer, `seed ${seed} (${inst.variant})`).toBe(expected);
      if (inst.variant === "added") {
        const d = (spec.layers[0] as { units: number }).units;
        expect(added).toBe(2 * d);
      }
    }
  });

  it("bytes: the kB answer is tfjs countParams() × bytes per parameter / 1000, for 200 seeds", () => {
    for (const seed of SEEDS) {
      const inst = generate("bytes", seed);
      const b = BYTES_PER_PARAM[inst.variant as keyof typeof BYTES_PER_PARAM];
      expect(Math.round(inst.answer * 1000), `seed ${seed}`).toBe(tfCount(inst.models.mlp) * b);
    }
  });
});

describe("generated instances", () => {
  it("are the same for the same seed and differ across seeds", () => {
    for (const id of GENERATORS.keys()) {
      expect(generate(id, 42)).toEqual(generate(id, 42));
      const answers = new Set(SEEDS.slice(0, 50).map((s) => generate(id, s).answer));
      expect(answers.size, id).toBeGreaterThan(10);
    }
  });

  it("grade their own answer as correct and a neighbour as wrong", () => {
    for (const id of GENERATORS.keys()) {
      for (const seed of SEEDS.slice(0, 20)) {
        const inst = generate(id, seed);
        const q = instanceAsQuestion(inst);
        expect(grade(q, String(inst.answer)).verdict).toBe("correct");
        expect(grade(q, String(inst.answer * 1.05 + 1)).verdict).toBe("wrong");
      }
    }
  });

  it("never put the answer in the prompt", () => {
    for (const id of GENERATORS.keys()) {
      for (const seed of SEEDS) {
        const inst = generate(id, seed);
        if (inst.answer < 1000) continue; // small numbers can coincide with a layer size
        const plain = inst.prompt.replace(/,/g, "");
        expect(plain, `${id} seed ${seed}`).not.toContain(String(inst.answer));
      }
    }
  });
});
