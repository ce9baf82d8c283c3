/** Seeds for a learner's own tally: distinct, within the seed setting's bounds, and not their current seed. */
import { SEED } from "@/lib/experiments/defs/common";

export function randomSeeds(count: number, avoid: number, random: () => number = Math.random): number[] {
  const out = new Set<number>();
  while (out.size < count) {
    const s = SEED.min + Math.floor(random() * (SEED.max - SEED.min + 1));
    if (s !== avoid) out.add(s);
  }
  return [...out];
}
