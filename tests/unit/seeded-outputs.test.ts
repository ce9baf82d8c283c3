import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generate } from "@/lib/quiz/generators";
import { shuffle } from "@/lib/quiz/random";
import { permutation, seedFrom } from "@/lib/experiments/prng";
import { createRng } from "@/lib/random";
import { makeDataset, type DataSpec } from "@/lib/experiments/datasets";

/**
 * Seeded outputs pinned to the values the code produced before the two Rng types were merged
 * (and before the parameter counters were merged). A stored attempt keeps its seed, its layout
 * and its generated instance; a shared experiment URL keeps its seed. Whatever is refactored
 * underneath, the same seed must keep giving the same questions, shuffles and datasets.
 */
const digest = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("hex").slice(0, 16);

describe("seeded outputs stay the same across refactors", () => {
  it("generated questions: answer and the whole instance (prompt, working, models) per seed", () => {
    const pins: [string, number, string, number, string][] = [
      ["mlp-params", 1, "total", 19246, "70a38c2ad0a994eb"],
      ["mlp-params", 42, "total", 46203, "aa1e0eb2a1529afa"],
      ["mlp-params", 20261128, "total", 3633, "8550cc973fd60690"],
      ["conv-vs-dense", 1, "conv", 208, "b8c67229e0a57a87"],
      ["conv-vs-dense", 42, "dense", 10668, "14948ef4ce56a824"],
      ["conv-vs-dense", 20261128, "conv", 96, "f08df966ce80c6b4"],
      ["norm-dropout", 1, "total-no-norm", 2101, "20e3d85baaed61c6"],
      ["norm-dropout", 42, "added", 64, "cd35d396e4f5fd92"],
      ["norm-dropout", 20261128, "total-no-norm", 12628, "bcd042a1ae3f817c"],
      ["bytes", 1, "float32", 76.984, "d9c45046d78789fd"],
      ["bytes", 42, "float16", 92.406, "a15f97b85b9015c8"],
      ["bytes", 20261128, "float16", 2.016, "daaadd84eb6db091"],
    ];
    for (const [id, seed, variant, answer, hash] of pins) {
      const inst = generate(id, seed);
      expect([inst.variant, inst.answer, digest(inst)], `${id} seed ${seed}`).toEqual([variant, answer, hash]);
    }
  });

  it("quiz shuffles", () => {
    expect(shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 7)).toEqual([6, 5, 8, 1, 2, 3, 4, 7, 9, 0]);
    expect(shuffle(["a", "b", "c", "d"], 123456)).toEqual(["a", "d", "c", "b"]);
  });

  it("experiment randomness: integers, floats, normals, permutations", () => {
    const r = createRng(seedFrom(1, "x"));
    const draws = [r.int(0, 1), r.int(0, 9), r.int(0, 999), r.next(), r.normal(), r.uniform(-1, 1)];
    expect(draws).toEqual([0, 7, 725, 0.8730632758233696, 0.9669293881302964, -0.2207067860290408]);
    expect(Array.from(permutation(10, createRng(99)))).toEqual([1, 9, 3, 5, 6, 0, 8, 4, 7, 2]);
  });

  it("experiment datasets, bit for bit", () => {
    const specs: [DataSpec, string][] = [
      [{ kind: "spiral", noise: 0.1, turns: 1.5, train: 50, test: 20, seed: 3 }, "fff6b00118b766b1"],
      [{ kind: "checkerboard", cells: 4, train: 50, test: 20, seed: 3 }, "c38a18460c547609"],
      [{ kind: "moons", noise: 0.1, train: 50, test: 20, seed: 3, labelNoise: 0.1 }, "88be49ebe6d3fe3e"],
      [{ kind: "teacher", dim: 8, interaction: 1, train: 50, test: 20, seed: 3 }, "3d51aa5ba20e75ab"],
      [{ kind: "motif", length: 24, noise: 0.2, train: 50, test: 20, seed: 3 }, "b5c7183f70bb4d5a"],
    ];
    for (const [spec, hash] of specs) {
      const d = makeDataset(spec);
      expect(
        digest([Array.from(d.train.x), Array.from(d.train.y), Array.from(d.test.x), Array.from(d.test.y)]),
        spec.kind,
      ).toBe(hash);
    }
  });
});
