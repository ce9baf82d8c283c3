/** Linear scale and "nice" ticks for the SVG charts (no chart library in the bundle). */
export function linear(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v: number) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round-number ticks; `integers` keeps the step whole (epochs, counts). */
export function niceTicks(min: number, max: number, count = 4, integers = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const nice = (integers ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const step = integers ? Math.max(1, Math.round(nice)) : nice;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  if (a > 0 && a < 0.01) return v.toExponential(0);
  return String(+v.toFixed(2));
}

/** How a value axis prints: plain numbers, or fractions (0–1) as percentages. */
export type ValueFormat = "number" | "percent";

export function formatAxis(v: number, format: ValueFormat = "number"): string {
  return format === "percent" ? `${+(v * 100).toFixed(1)}%` : formatTick(v);
}

/** A value in a readout or a data table: more precise than a tick. */
export function formatValue(v: number, format: ValueFormat = "number"): string {
  if (!Number.isFinite(v)) return "—";
  if (format === "percent") return `${(v * 100).toFixed(1)}%`;
  const a = Math.abs(v);
  if (a >= 1000 || Number.isInteger(v)) return Math.round(v).toLocaleString("en-US");
  return String(+v.toPrecision(3));
}

/**
 * Chart text size in CSS pixels. The charts draw at their real width (no viewBox scaling),
 * so this is what a reader sees: ≥ 11 px keeps ticks legible on a 390 px phone.
 */
export const CHART_FONT = 12;

/** Roughly how wide a label is at CHART_FONT (system sans, digits ≈ 0.6 em). */
export const textWidth = (s: string) => s.length * CHART_FONT * 0.62;

/** Colours that stay distinct in light and dark mode and for common colour-vision deficiencies. */
export const SERIES_COLORS = ["#6d5ae6", "#e0712b", "#1f9e89", "#d43f7a", "#3b82f6", "#a3a3a3"];
