/**
 * Seeded randomness for quizzes: the same seed always gives the same shuffles and the same
 * generated numbers, so an attempt looks identical after a reload and its grade can be
 * re-derived later from the stored seed. Not for anything secret.
 */
import { createRng } from "@/lib/random";

/** A child seed for one purpose ("options:<itemId>"), so each shuffle has its own stream. */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, mixed with the parent seed.
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const r = createRng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
