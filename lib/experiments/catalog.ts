/**
 * Every experiment by slug. Pure and tfjs-free, so list pages, the server and the page
 * shell can import it without pulling TensorFlow.js into their bundles.
 */
import type { ExperimentDef } from "@/lib/experiments/types";
import { frontier } from "@/lib/experiments/defs/frontier";
import { memorySpeed } from "@/lib/experiments/defs/memory-speed";

import { weightSharing } from "@/lib/experiments/defs/weight-sharing";
import { smallData } from "@/lib/experiments/defs/small-data";
import { quantization } from "@/lib/experiments/defs/quantization";
import { capacitySweep } from "@/lib/experiments/defs/capacity-sweep";
import { generalizationGap } from "@/lib/experiments/defs/generalization-gap";
import { methods } from "@/lib/experiments/defs/methods";

export const EXPERIMENTS: ExperimentDef[] = [
  frontier,
  memorySpeed,
  weightSharing,
  smallData,
  quantization,
  capacitySweep,
  generalizationGap,
  methods,
];

export const EXPERIMENT_SLUGS = EXPERIMENTS.map((e) => e.slug);

export function getExperiment(slug: string): ExperimentDef | undefined {
  return EXPERIMENTS.find((e) => e.slug === slug);
}
