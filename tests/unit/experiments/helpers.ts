// Shared by the experiment tests: run a definition on the tfjs cpu backend, and make
// altered copies of measured results to check that verdicts follow the numbers.
import * as tf from "@tensorflow/tfjs";
import { runExperiment, type RunOutput } from "@/lib/experiments/runner";
import { testSettings } from "@/lib/experiments/settings";
import type { EpochMetrics, ExperimentDef, RunResults, Settings, VariantResult } from "@/lib/experiments/types";

export async function selectCpuBackend() {
  tf.env().set("PROD", true); // no debug checks; tfjs's Node hint is printed once regardless
  await tf.setBackend("cpu");
  await tf.ready();
}

export async function runForTest(
  def: ExperimentDef,
  overrides: Partial<Settings> = {},
): Promise<RunOutput & { settings: Settings }> {
  await selectCpuBackend();
  const settings = { ...testSettings(def), ...overrides } as Settings;
  const out = await runExperiment(def, settings);
  return { ...out, settings };
}

/** A deep copy of the results with one variant changed (its last epoch, or any field). */
export function alter(
  results: RunResults,
  taskId: string,
  variantId: string,
  change: { last?: Partial<EpochMetrics>; variant?: Partial<VariantResult> },
): RunResults {
  const copy: RunResults = structuredClone(results);
  const v = copy.variants.find((r) => r.taskId === taskId && r.variantId === variantId);
  if (!v) throw new Error(`no ${taskId}/${variantId}`);
  Object.assign(v, change.variant ?? {});
  Object.assign(v.history[v.history.length - 1], change.last ?? {});
  return copy;
}

export function only(results: RunResults, taskId: string, variantId: string): VariantResult {
  const v = results.variants.find((r) => r.taskId === taskId && r.variantId === variantId);
  if (!v) throw new Error(`no ${taskId}/${variantId}`);
  return v;
}
