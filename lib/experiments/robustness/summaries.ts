/**
 * The committed robustness summaries by experiment slug (written by `npm run proofs:robustness`).
 * Plain JSON: the page passes one experiment's summary to its components, so the browser
 * gets only that one.
 */
import type { RobustnessSummary } from "@/lib/experiments/robustness/summary";
import capacitySweep from "@/lib/experiments/robustness/capacity-sweep.json";
import frontier from "@/lib/experiments/robustness/frontier.json";
import generalizationGap from "@/lib/experiments/robustness/generalization-gap.json";
import memorySpeed from "@/lib/experiments/robustness/memory-speed.json";
import methods from "@/lib/experiments/robustness/methods.json";
import quantization from "@/lib/experiments/robustness/quantization.json";
import smallData from "@/lib/experiments/robustness/small-data.json";
import weightSharing from "@/lib/experiments/robustness/weight-sharing.json";

const all = [
  frontier,
  memorySpeed,
  weightSharing,
  smallData,
  quantization,
  capacitySweep,
  generalizationGap,
  methods,
] as RobustnessSummary[];

export const SUMMARIES: Record<string, RobustnessSummary> = Object.fromEntries(all.map((s) => [s.slug, s]));

/** The summary of one experiment, or undefined for one not measured yet (the page then shows none). */
export const summaryOf = (slug: string): RobustnessSummary | undefined => SUMMARIES[slug];
