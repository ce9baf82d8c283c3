import { recalled, type FsrsItem } from "@/lib/fsrs/items";

/**
 * How well predicted recall matches what happened, measured as the open srs-benchmark and
 * fsrs-rs measure it: log loss (predictions clamped to [0.0001, 0.9999]) and RMSE(bins),
 * whose bins group reviews by interval, number of reviews and lapses.
 */
export type Metrics = { logLoss: number; rmseBins: number; reviews: number };

export function logLoss(preds: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < preds.length; i++) {
    const r = Math.min(0.9999, Math.max(0.0001, preds[i]));
    sum += labels[i] ? Math.log(r) : Math.log(1 - r);
  }
  return preds.length ? -sum / preds.length : NaN;
}

/** fsrs-rs's `r_matrix_index`: (interval bin, length bin, lapse bin). */
export function binKey(item: FsrsItem): string {
  const reviews = item.reviews;
  const dt = reviews[reviews.length - 1].deltaT;
  const logFloor = (x: number, base: number) => Math.floor(Math.log(x) / Math.log(base));
  const dtBin = Math.round(2.48 * 3.62 ** logFloor(dt, 3.62) * 100);
  const longTerm = reviews.filter((r) => r.deltaT > 0).length;
  const lenBin = Math.round(1.99 * 1.89 ** logFloor(longTerm + 1, 1.89));
  const lapses = reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length;
  const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** logFloor(lapses, 1.73));
  return `${dtBin}/${lenBin}/${lapseBin}`;
}

export function rmseBins(items: readonly FsrsItem[], preds: readonly number[]): number {
  const bins = new Map<string, { p: number; y: number; n: number }>();
  items.forEach((item, i) => {
    const k = binKey(item);
    const b = bins.get(k) ?? { p: 0, y: 0, n: 0 };
    b.p += preds[i];
    b.y += recalled(item);
    b.n += 1;
    bins.set(k, b);
  });
  let sq = 0;
  let n = 0;
  for (const b of bins.values()) {
    sq += (b.p / b.n - b.y / b.n) ** 2 * b.n;
    n += b.n;
  }
  return n ? Math.sqrt(sq / n) : NaN;
}

export function measure(items: readonly FsrsItem[], preds: readonly number[]): Metrics {
  return { logLoss: logLoss(preds, items.map(recalled)), rmseBins: rmseBins(items, preds), reviews: items.length };
}
