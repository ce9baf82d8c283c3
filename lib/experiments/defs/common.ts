/** Small helpers shared by the experiment definitions (pure; no tfjs). */
import type {
  Basis,
  ClaimVerdict,
  EpochMetrics,
  RunResults,
  SettingSpec,
  Verdict,
  VariantResult,
} from "@/lib/experiments/types";

export const SEED: SettingSpec = {
  key: "seed",
  label: "Seed",
  help: "Same seed and settings → same data and same starting weights.",
  min: 1,
  max: 999_999,
  default: 42,
};

export const epochsSetting = (def: number, max = 200): SettingSpec => ({
  key: "epochs",
  label: "Epochs",
  help: "Passes over the training set for each model.",
  min: 1,
  max,
  default: def,
});

/** A variant's result; a missing one means the results do not belong to this experiment. */
export function pick(results: RunResults, taskId: string, variantId: string): VariantResult {
  const v = results.variants.find((r) => r.taskId === taskId && r.variantId === variantId);
  if (!v) throw new MissingResult(`No result for ${taskId}/${variantId}.`);
  return v;
}

export class MissingResult extends Error {
  name = "MissingResult";
}

export function last(v: VariantResult): EpochMetrics {
  const h = v.history.at(-1);
  if (!h) throw new MissingResult(`No epochs recorded for ${v.taskId}/${v.variantId}.`);
  return h;
}

export const testAcc = (v: VariantResult) => last(v).testAcc;
export const trainAcc = (v: VariantResult) => last(v).trainAcc;
export const gap = (v: VariantResult) => last(v).trainAcc - last(v).testAcc;

export function claim(
  id: string,
  claimText: string,
  verdict: Verdict,
  because: string,
  numbers: ClaimVerdict["numbers"],
  basis: Basis[],
): ClaimVerdict {
  return { id, claim: claimText, verdict, because, numbers, basis };
}

/** Where a timing was measured, for the verdicts that rest on one: timings are only true of their device. */
export function timedOn(results: RunResults): string {
  const env = results.env;
  if (!env) return "";
  return ` Timed on the ${env.backend} backend (${env.device})${env.timing ? `, ${env.timing}` : ""}.`;
}

/** Spearman rank correlation (ties get their average rank). */
export function spearman(xs: number[], ys: number[]): number {
  const rank = (v: number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length;) {
      let j = i;
      while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
      for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i] - mx) * (ry[i] - my);
    dx += (rx[i] - mx) ** 2;
    dy += (ry[i] - my) ** 2;
  }
  return dx && dy ? num / Math.sqrt(dx * dy) : 0;
}

/** The first epoch whose training accuracy reaches `target`, or null. */
export function epochsTo(v: VariantResult, target: number): number | null {
  return v.history.find((h) => h.trainAcc >= target)?.epoch ?? null;
}

/** Accuracy curves of every variant of a task over epochs, for a summary chart. */
export function byVariant(
  results: RunResults,
  taskId: string,
  labels: Record<string, string>,
  metric: (h: EpochMetrics) => number,
) {
  return results.variants
    .filter((v) => v.taskId === taskId)
    .map((v) => ({
      name: labels[v.variantId] ?? v.variantId,
      points: v.history.map((h) => ({ x: h.epoch, y: metric(h) })),
    }));
}
