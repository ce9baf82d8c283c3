/** Numbers formatted for people: 12,874 params · 50.3 kB · 92.4% · 1.8 ms. */
import { plural } from "@/lib/plural";

export const formatInt = (n: number) => Math.round(n).toLocaleString("en-US");

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(bytes < 1e4 ? 2 : 1)} kB`;
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

export const formatPct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

/** A difference of two accuracies in percentage points, signed. */
export const formatPp = (d: number) => `${d >= 0 ? "+" : "−"}${Math.abs(d * 100).toFixed(1)} pp`;

export function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export const formatUs = (us: number) =>
  us < 1000 ? `${us < 10 ? us.toFixed(2) : us.toFixed(1)} µs` : formatMs(us / 1000);

export const formatRatio = (r: number) => `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;

export const formatParams = (n: number) => `${formatInt(n)} ${plural(n, "param", "params")}`;
