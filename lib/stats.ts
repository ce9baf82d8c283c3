/**
 * Small numeric summaries shared across domains (quiz item analysis, the class dashboard,
 * experiment timings), so "median" means one thing everywhere. Pure.
 */

/** The middle value; with an even count, the mean of the middle two. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
