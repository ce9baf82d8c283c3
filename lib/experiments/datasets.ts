/**
 * Seeded synthetic datasets. Pure: the same spec (seed included) gives the same numbers,
 * bit for bit, in the browser and in Node. Label noise is applied to the training split
 * only, so test accuracy measures how well the true pattern was learned.
 */
import { seedFrom } from "@/lib/experiments/prng";
import { createRng, type Rng } from "@/lib/random";

type Sizes = { train: number; test: number; seed: number; labelNoise?: number };

export type DataSpec = Sizes &
  (
    | { kind: "spiral"; noise: number; turns: number }
    | { kind: "checkerboard"; cells: number }
    | { kind: "moons"; noise: number }
    | { kind: "teacher"; dim: number; interaction?: number }
    | { kind: "motif"; length: number; noise: number }
  );

export type Split = { x: Float32Array; y: Int32Array; n: number };
export type Dataset = { dim: number; classes: number; twoD: boolean; train: Split; test: Split };

type Sampler = (rng: Rng, out: Float32Array, at: number) => number; // writes one point, returns its label

function spiral(noise: number, turns: number): Sampler {
  return (rng, out, at) => {
    const label = rng.int(0, 1);
    const t = Math.sqrt(rng.next()); // more points further out, where the arms are long
    const angle = t * turns * 2 * Math.PI + label * Math.PI;
    out[at] = t * Math.cos(angle) + noise * rng.normal();
    out[at + 1] = t * Math.sin(angle) + noise * rng.normal();
    return label;
  };
}

function checkerboard(cells: number): Sampler {
  return (rng, out, at) => {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    out[at] = a;
    out[at + 1] = b;
    const i = Math.min(cells - 1, Math.floor(((a + 1) / 2) * cells));
    const j = Math.min(cells - 1, Math.floor(((b + 1) / 2) * cells));
    return (i + j) % 2;
  };
}

function moons(noise: number): Sampler {
  return (rng, out, at) => {
    const label = rng.int(0, 1);
    const t = rng.uniform(0, Math.PI);
    // Two interleaved half circles, centred and scaled to about [-1, 1].
    const x = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    const y = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
    out[at] = (x - 0.5) / 1.2 + noise * rng.normal();
    out[at + 1] = (y - 0.25) / 1.2 + noise * rng.normal();
    return label;
  };
}

/** A random "teacher" rule in `dim` dimensions: a linear part plus one interaction term x₀·x₁ (weight `interaction`). */
function teacher(dim: number, seed: number, interaction: number): Sampler {
  const wr = createRng(seedFrom(seed, "teacher-weights"));
  const w = Array.from({ length: dim }, () => wr.normal());
  const norm = Math.hypot(...w);
  return (rng, out, at) => {
    let s = 0;
    for (let d = 0; d < dim; d++) {
      const v = rng.normal();
      out[at + d] = v;
      s += (w[d] / norm) * v;
    }
    s += interaction * out[at] * out[at + 1];
    return s > 0 ? 1 : 0;
  };
}

// Two shapes with the same energy and zero sum, so only their shape (not their level) tells them apart.
const MOTIFS = [
  [-1, 1, 1, -1, 0],
  [1, -1, -1, 1, 0],
].map((m) => m.map((v) => v * 1.6));

/** A short motif at a random position in a noisy sequence: the classic case for a shared (convolutional) filter. */
function motif(length: number, noise: number): Sampler {
  return (rng, out, at) => {
    const label = rng.int(0, 1);
    for (let i = 0; i < length; i++) out[at + i] = noise * rng.normal();
    const m = MOTIFS[label];
    const pos = rng.int(0, length - m.length);
    for (let i = 0; i < m.length; i++) out[at + pos + i] += m[i];
    return label;
  };
}

function dimOf(spec: DataSpec): number {
  if (spec.kind === "teacher") return spec.dim;
  if (spec.kind === "motif") return spec.length;
  return 2;
}

function samplerOf(spec: DataSpec): Sampler {
  switch (spec.kind) {
    case "spiral":
      return spiral(spec.noise, spec.turns);
    case "checkerboard":
      return checkerboard(spec.cells);
    case "moons":
      return moons(spec.noise);
    case "teacher":
      return teacher(spec.dim, spec.seed, spec.interaction ?? 0.6);
    case "motif":
      return motif(spec.length, spec.noise);
  }
}

/** Flips come from their own stream, so adding label noise never moves the points. */
function sample(n: number, dim: number, sampler: Sampler, rng: Rng, labelNoise: number, flips: Rng): Split {
  const x = new Float32Array(n * dim);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = sampler(rng, x, i * dim);
    y[i] = flips.next() < labelNoise ? 1 - label : label;
  }
  return { x, y, n };
}

export function makeDataset(spec: DataSpec): Dataset {
  const dim = dimOf(spec);
  const sampler = samplerOf(spec);
  // Separate streams: changing the training size never changes the test set.
  const train = sample(
    spec.train,
    dim,
    sampler,
    createRng(seedFrom(spec.seed, spec.kind, "train")),
    spec.labelNoise ?? 0,
    createRng(seedFrom(spec.seed, "flips")),
  );
  const test = sample(spec.test, dim, sampler, createRng(seedFrom(spec.seed, spec.kind, "test")), 0, createRng(0));
  return { dim, classes: 2, twoD: dim === 2, train, test };
}

/** The facts of a dataset spec for the page (the task's own text says what the pattern is). */
export function describeData(spec: DataSpec): string {
  const parts = [
    `${spec.train.toLocaleString("en-US")} training / ${spec.test.toLocaleString("en-US")} test examples`,
    `${dimOf(spec)} inputs each`,
  ];
  if (spec.labelNoise) parts.push(`${Math.round(spec.labelNoise * 100)}% of training labels flipped`);
  return parts.join(" · ");
}
