/**
 * How the instructor pages and exports print numbers. An undefined statistic (null, NaN,
 * ±Infinity) is a dash, never "NaN": a correlation over identical scores has no value.
 */
export const DASH = "—";

const defined = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** `value` as a percentage of `of` (1 for fractions, 100 for values already ×100). */
export function formatPercent(value: number | null | undefined, of = 1, digits = 1): string {
  return defined(value) ? `${((value / of) * 100).toFixed(digits)}%` : DASH;
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  return defined(value) ? value.toFixed(digits) : DASH;
}

/** A calendar day key ("2026-11-28") as "28 Nov 2026"; null as a dash. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return DASH;
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
