/** Verdict counts and spreads as short text: "supported 17/20 · it depends 3/20", "3.1× (2.4×–3.9×)". Pure. */
import { formatInt, formatPct, formatPp, formatRatio } from "@/lib/experiments/format";
import type { BasisUnit, Verdict } from "@/lib/experiments/types";
import { VERDICTS, type Spread, type VerdictCounts } from "@/lib/experiments/robustness/tally";

export const VERDICT_WORDS: Record<Verdict, string> = {
  supported: "supported",
  it_depends: "it depends",
  not_supported: "not supported",
};

/** Every verdict that occurred, most frequent first. */
export function countsText(counts: VerdictCounts, n: number): string {
  return VERDICTS.filter((v) => counts[v] > 0)
    .sort((a, b) => counts[b] - counts[a])
    .map((v) => `${VERDICT_WORDS[v]} ${counts[v]}/${n}`)
    .join(" · ");
}

/** "held in 14/20 (it depends 6/20)": how often a claim was supported, and what it was otherwise. */
export function heldText(counts: VerdictCounts, n: number): string {
  const rest = VERDICTS.filter((v) => v !== "supported" && counts[v] > 0).map(
    (v) => `${VERDICT_WORDS[v]} ${counts[v]}/${n}`,
  );
  return `held in ${counts.supported}/${n}${rest.length ? ` (${rest.join(", ")})` : ""}`;
}

export function formatBasis(value: number, unit: BasisUnit): string {
  switch (unit) {
    case "pct":
      return formatPct(value);
    case "pp":
      return formatPp(value);
    case "ratio":
      return formatRatio(value);
    case "count":
      return formatInt(value);
    case "epoch":
      return `epoch ${formatInt(value)}`;
    case "num":
      return value.toFixed(2);
  }
}

/** "median 3.1× (2.4× to 3.9×)", with "in 14 of 20 runs" when some runs had no value. */
export function spreadText(s: Spread, n: number): string {
  if (s.median === null || s.min === null || s.max === null) return `not measured in any of ${n} runs`;
  const range =
    s.min === s.max
      ? `every run: ${formatBasis(s.min, s.unit)}`
      : `median ${formatBasis(s.median, s.unit)} (${formatBasis(s.min, s.unit)} to ${formatBasis(s.max, s.unit)})`;
  return s.n < n ? `${range} in the ${s.n} of ${n} runs that reached it` : range;
}
