/**
 * Verdicts counted over runs of one experiment with different seeds: how often the overall
 * verdict and each claim came out each way (and on which seeds), and the spread of the
 * numbers each claim's verdict rests on. Pure: the robustness script and the page's
 * "Run 5 seeds" share it.
 */
import { median } from "@/lib/stats";
import type { BasisUnit, Verdict, VerdictReport } from "@/lib/experiments/types";

export type VerdictCounts = Record<Verdict, number>;
export type VerdictSeeds = Record<Verdict, number[]>;

/** Median and range of one number over the runs that reported it (`n` of them: "not reached" reports none). */
export type Spread = {
  label: string;
  unit: BasisUnit;
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
};

export type ClaimTally = { id: string; claim: string; counts: VerdictCounts; seeds: VerdictSeeds; spread: Spread[] };

export type Tally = { n: number; overall: VerdictCounts; overallSeeds: VerdictSeeds; claims: ClaimTally[] };

export type SeededReport = { seed: number; report: VerdictReport };

export const VERDICTS: Verdict[] = ["supported", "it_depends", "not_supported"];

/** 4 significant digits: plenty for a spread, and the committed files stay readable. */
const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(4)));

const counts = (): VerdictCounts => ({ supported: 0, it_depends: 0, not_supported: 0 });
const seeds = (): VerdictSeeds => ({ supported: [], it_depends: [], not_supported: [] });

export function tally(runs: SeededReport[]): Tally {
  const overall = counts();
  const overallSeeds = seeds();
  type Acc = {
    claim: string;
    counts: VerdictCounts;
    seeds: VerdictSeeds;
    values: Map<string, { unit: BasisUnit; xs: number[] }>;
  };
  const claims = new Map<string, Acc>();
  for (const { seed, report } of runs) {
    overall[report.verdict]++;
    overallSeeds[report.verdict].push(seed);
    for (const c of report.claims) {
      let t = claims.get(c.id);
      if (!t) claims.set(c.id, (t = { claim: c.claim, counts: counts(), seeds: seeds(), values: new Map() }));
      t.counts[c.verdict]++;
      t.seeds[c.verdict].push(seed);
      for (const b of c.basis) {
        let v = t.values.get(b.label);
        if (!v) t.values.set(b.label, (v = { unit: b.unit, xs: [] }));
        if (b.value !== null && Number.isFinite(b.value)) v.xs.push(b.value);
      }
    }
  }
  return {
    n: runs.length,
    overall,
    overallSeeds,
    claims: [...claims].map(([id, t]) => ({
      id,
      claim: t.claim,
      counts: t.counts,
      seeds: t.seeds,
      spread: [...t.values].map(([label, v]) => ({
        label,
        unit: v.unit,
        n: v.xs.length,
        median: round(median(v.xs)),
        min: round(v.xs.length ? Math.min(...v.xs) : null),
        max: round(v.xs.length ? Math.max(...v.xs) : null),
      })),
    })),
  };
}
