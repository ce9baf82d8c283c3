/** The heatmap's five shades, least to most (shared by the cells and the legend). */
export const LEVELS = [
  "fill-zinc-200 dark:fill-zinc-800",
  "fill-accent-200 dark:fill-accent-700",
  "fill-accent-400 dark:fill-accent-500",
  "fill-accent-500 dark:fill-accent-400",
  "fill-accent-700 dark:fill-accent-200",
];

/** A cell's shade for `n` reviews when the busiest day had `max`. */
export function level(n: number, max: number) {
  if (!n) return 0;
  return Math.min(4, Math.ceil((4 * n) / Math.max(4, max)));
}

export const CELL = 11;
