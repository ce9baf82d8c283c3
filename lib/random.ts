/**
 * Seeded randomness: the one source of reproducible numbers for quiz questions and shuffles
 * (lib/quiz/random.ts) and experiment data and weights (lib/experiments/prng.ts). The same
 * seed gives the same numbers on every device and in Node. Not for anything secret.
 */

/** mulberry32: a tiny, fast 32-bit seeded generator. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One draw of `next()` per call for `int`, `uniform` and `pick`, so a seed's stream is the
 * same whichever helper reads it (stored quiz seeds and shared experiment URLs rely on it;
 * tests/unit/seeded-outputs.test.ts pins them).
 */
export type Rng = {
  /** uniform in [0, 1) */
  next(): number;
  /** an integer in [lo, hi], both ends included */
  int(lo: number, hi: number): number;
  /** uniform in [lo, hi) */
  uniform(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** standard normal (Box–Muller; two draws give two normals) */
  normal(): number;
};

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  let spare: number | null = null;
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    pick: (items) => items[Math.floor(next() * items.length)],
    normal: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}
