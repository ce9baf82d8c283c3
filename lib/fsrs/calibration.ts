import { recalled, type FsrsItem } from "@/lib/fsrs/items";
import { measure, type Metrics } from "@/lib/fsrs/metrics";

/**
 * A reliability diagram: reviews grouped by the recall the weights predicted, against the
 * share actually recalled. fsrs-rs's own bins (`get_bin`, 20 of them, finer near 100%,
 * where most predictions fall at a 90% target).
 */
export type CalibrationBin = { predicted: number; measured: number; reviews: number };

export function predictionBin(p: number, bins = 20): number {
  const b = Math.floor(Math.exp(p * Math.log(bins + 1)) - 1);
  return Math.min(bins - 1, Math.max(0, b));
}

export function calibrationBins(items: readonly FsrsItem[], preds: readonly number[], bins = 20): CalibrationBin[] {
  const acc = Array.from({ length: bins }, () => ({ p: 0, y: 0, n: 0 }));
  items.forEach((item, i) => {
    const a = acc[predictionBin(preds[i], bins)];
    a.p += preds[i];
    a.y += recalled(item);
    a.n += 1;
  });
  return acc.filter((a) => a.n > 0).map((a) => ({ predicted: a.p / a.n, measured: a.y / a.n, reviews: a.n }));
}

export type CalibrationSummary = { metrics: Metrics; bins: CalibrationBin[] };

export function summarize(items: readonly FsrsItem[], preds: readonly number[]): CalibrationSummary {
  return { metrics: measure(items, preds), bins: calibrationBins(items, preds) };
}

/** Default vs in-use weights on the same reviews (in use omitted when it is the defaults). */
export type CalibrationReport = { reviews: number; default: CalibrationSummary; inUse: CalibrationSummary | null };

/** A class's report: also how many students it covers and how many are not on the defaults. */
export type ClassCalibrationReport = CalibrationReport & { students: number; notOnDefaults: number };
