"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

/** One x position a reader can stop at: where it is drawn and what it says. */
export type ReadoutStop = {
  px: number;
  label: string;
  values: { name: string; color: string; text: string; py?: number }[];
};

/** The numbers behind a chart, as a table: its text alternative. */
export type ChartTable = { head: string[]; rows: string[][] };

/**
 * Measures the width the chart is given, so the SVG draws in real CSS pixels: text stays at
 * CHART_FONT px on a 390 px phone and on a laptop alike, instead of shrinking with a viewBox.
 * Before the first measurement (server render) the fallback width is used.
 */
export function useChartWidth(fallback = 360) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(160, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

/**
 * Everything around a chart's drawing that makes it readable without seeing it well: a
 * readout of the point under the finger, pointer or keyboard (←/→, Home/End), announced
 * politely; a one-line summary; and the numbers as a table behind a disclosure.
 */
export function ChartFrame(props: {
  title: string;
  frameRef: React.RefObject<HTMLDivElement | null>;
  stops: ReadoutStop[];
  summary: string;
  table: ChartTable;
  legend?: ReactNode;
  /** the drawing; gets the active stop to draw a guide */
  children: (active: ReadoutStop | null) => ReactNode;
}) {
  // Destructured once: reading fields off a props object that carries a ref trips the refs rule.
  const { title, frameRef, stops, summary, table, legend, children } = props;
  const [index, setIndex] = useState<number | null>(null);
  const active = index === null ? null : (stops[Math.min(index, stops.length - 1)] ?? null);
  const summaryId = useId();
  const readoutId = useId();

  const nearest = (e: PointerEvent<HTMLDivElement>) => {
    if (!stops.length) return;
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    let best = 0;
    for (let i = 1; i < stops.length; i++) if (Math.abs(stops[i].px - x) < Math.abs(stops[best].px - x)) best = i;
    setIndex(best);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!stops.length) return;
    const last = stops.length - 1;
    const cur = index === null ? -1 : Math.min(index, last);
    const next =
      e.key === "ArrowRight" || e.key === "ArrowUp"
        ? Math.min(last, cur + 1)
        : e.key === "ArrowLeft" || e.key === "ArrowDown"
          ? Math.max(0, cur === -1 ? last : cur - 1)
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : null;
    if (e.key === "Escape") {
      setIndex(null);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setIndex(next);
  };

  return (
    <figure className="w-full min-w-0">
      <p
        id={readoutId}
        aria-live="polite"
        className="min-h-5 text-sm tabular-nums text-zinc-700 dark:text-zinc-300"
        data-testid="chart-readout"
      >
        {active ? (
          <>
            <span className="font-semibold">{active.label}</span>
            {active.values.map((v) => (
              <span key={v.name}>
                {" · "}
                {active.values.length > 1 ? (
                  <span className="inline-flex items-center gap-1">
                    <span
                      className="inline-block h-2 w-2 rounded-full"
                      style={{ background: v.color }}
                      aria-hidden="true"
                    />
                    {v.name}{" "}
                  </span>
                ) : null}
                <span className="font-medium">{v.text}</span>
              </span>
            ))}
          </>
        ) : (
          <span className="text-zinc-500 dark:text-zinc-400">
            <span className="pointer-fine:hidden">Tap the chart to read a point.</span>
            <span className="hidden pointer-fine:inline">
              Point at the chart, or focus it and use ← →, to read a point.
            </span>
          </span>
        )}
      </p>
      <div
        ref={frameRef}
        role="group"
        tabIndex={stops.length ? 0 : -1}
        aria-label={`${title}. Use the arrow keys to read the values.`}
        aria-describedby={summaryId}
        onPointerDown={nearest}
        onPointerMove={(e) => e.pointerType === "mouse" && nearest(e)}
        onKeyDown={onKey}
        className="relative w-full touch-pan-y rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-accent-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-zinc-900"
        data-chart=""
      >
        {children(active)}
      </div>
      <figcaption className="mt-1 space-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {legend}
        <span id={summaryId} className="block">
          {summary}
        </span>
      </figcaption>
      <DataTable title={title} table={table} />
    </figure>
  );
}

/** The chart's numbers; rendered only once opened, so streaming charts stay cheap. */
function DataTable({ title, table }: { title: string; table: ChartTable }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent-700 dark:text-accent-400">
        Show the numbers
      </summary>
      {open ? (
        <div
          className="max-h-72 overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
          tabIndex={0}
          role="region"
          aria-label={`${title}: data`}
        >
          <table className="w-full text-xs tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-800">
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col" className="px-2 py-1 text-left font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="px-2 py-1 text-left font-medium">
                        {c}
                      </th>
                    ) : (
                      <td key={j} className="px-2 py-1">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
