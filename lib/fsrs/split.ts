import type { FsrsItem } from "@/lib/fsrs/items";

/**
 * fsrs-rs's time-series split: the items (in time order) cut into n + 1 equal segments; fold
 * i trains on segments 0…i and is tested on segment i + 1 (the last fold takes the rest).
 * Every prediction is made by weights fitted only on reviews before it.
 */
export type Fold = { train: FsrsItem[]; test: FsrsItem[] };

export function timeSeriesSplits(items: readonly FsrsItem[], n = 5): Fold[] {
  const size = Math.floor(items.length / (n + 1));
  if (size === 0) return [];
  return Array.from({ length: n }, (_, i) => ({
    train: items.slice(0, (i + 1) * size),
    test: items.slice((i + 1) * size, i === n - 1 ? items.length : (i + 2) * size),
  }));
}
