import type { HeatDay } from "@/lib/srs/stats";
import { daysBetween } from "@/lib/time/local-day";
import { count } from "@/lib/plural";

const CELL = 11;
const STEP = 14;
const LEFT = 32;
const TOP = 18;
/** ≥ 11 px on a phone, where the strip is drawn 1:1 (it scrolls instead of shrinking). */
const FONT = 12;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LEVELS = [
  "fill-zinc-200 dark:fill-zinc-800",
  "fill-accent-200 dark:fill-accent-700",
  "fill-accent-400 dark:fill-accent-500",
  "fill-accent-500 dark:fill-accent-400",
  "fill-accent-700 dark:fill-accent-200",
];

function level(n: number, max: number) {
  if (!n) return 0;
  return Math.min(4, Math.ceil((4 * n) / Math.max(4, max)));
}

export function dayLabel(d: HeatDay) {
  const base = `${d.day}: ${count(d.reviews, "review", "reviews")}`;
  return d.practice ? `${base} (${d.practice} practice)` : base;
}

/**
 * A year of reviews, one cell per local day (weeks run Monday to Sunday). Each cell is
 * labelled for screen readers ("2026-11-28: 9 reviews"). On a phone the strip scrolls and
 * opens at today (a right-to-left scroll container needs no script); when it fits, it sits left.
 */
export function Heatmap({ days, today }: { days: HeatDay[]; today: string }) {
  const start = days[0]?.day ?? today;
  const weeks = Math.ceil((daysBetween(start, today) + 1) / 7);
  const max = Math.max(0, ...days.map((d) => d.reviews));
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const months: { x: number; label: string }[] = [];
  for (const d of days) {
    if (d.day.endsWith("-01") || d === days[0]) {
      const col = Math.floor(daysBetween(start, d.day) / 7);
      if (!months.length || col - (months.at(-1)!.x - LEFT) / STEP >= 3)
        months.push({ x: LEFT + col * STEP, label: MONTHS[Number(d.day.slice(5, 7)) - 1] });
    }
  }
  return (
    <figure>
      {/* It scrolls sideways on a phone, so keyboard users can focus it and scroll with the arrows. */}
      <div
        className="overflow-x-auto rounded pb-1 [direction:rtl] focus-visible:outline-2 focus-visible:outline-accent-500"
        tabIndex={0}
        role="region"
        aria-label="Reviews per day over the last year, scrollable"
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label="Reviews per day over the last year"
          className="mr-auto block [direction:ltr] text-zinc-500 md:h-auto md:w-full dark:text-zinc-400"
        >
          {months.map((m) => (
            <text key={`${m.x}`} x={m.x} y={12} fontSize={FONT} fill="currentColor">
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((label, i) => (
            <text key={label} x={0} y={TOP + i * 2 * STEP + 10} fontSize={FONT} fill="currentColor">
              {label}
            </text>
          ))}
          {days.map((d) => {
            const i = daysBetween(start, d.day);
            const isToday = d.day === today;
            return (
              <rect
                key={d.day}
                data-day={d.day}
                role="img"
                aria-label={dayLabel(d)}
                x={LEFT + Math.floor(i / 7) * STEP}
                y={TOP + (i % 7) * STEP}
                width={CELL}
                height={CELL}
                rx={2.5}
                className={`${LEVELS[level(d.reviews, max)]} ${isToday ? "stroke-zinc-900 dark:stroke-white" : ""}`}
                strokeWidth={isToday ? 1.5 : 0}
              >
                <title>{dayLabel(d)}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 flex items-center justify-end gap-1 text-xs text-zinc-500 dark:text-zinc-400">
        Less
        {LEVELS.map((c) => (
          <svg key={c} width={CELL} height={CELL} aria-hidden="true">
            <rect width={CELL} height={CELL} rx={2.5} className={c} />
          </svg>
        ))}
        More
      </figcaption>
    </figure>
  );
}
