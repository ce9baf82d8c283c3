"use client";
import { addDays, daysBetween } from "@/lib/time/local-day";
import { count } from "@/lib/plural";
import { CELL, LEVELS, level } from "@/components/study/heatmap-levels";

const STEP = 14;
const LEFT = 32;
const TOP = 18;
/** ≥ 11 px on a phone, where the strip is drawn 1:1 (it scrolls instead of shrinking). */
const FONT = 12;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayLabel(day: string, reviews: number, practice: number) {
  const base = `${day}: ${count(reviews, "review", "reviews")}`;
  return practice ? `${base} (${practice} practice)` : base;
}

/**
 * The heatmap's cells, drawn from two plain arrays (reviews and practice grades per day from
 * `start`). A client component on purpose: as a server component each of the ~370 labelled cells
 * was sent twice — as HTML and again as React's serialized tree (≈100 kB of the progress page's
 * ≈250 kB, and most of its server time) — while as client props the year is ≈2 kB.
 */
export function HeatmapSvg({
  start,
  today,
  reviews,
  practice,
}: {
  start: string;
  today: string;
  reviews: number[];
  practice: number[];
}) {
  const weeks = Math.ceil((daysBetween(start, today) + 1) / 7);
  const max = Math.max(0, ...reviews);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const days = reviews.map((_, i) => addDays(start, i));
  const months: { x: number; label: string }[] = [];
  days.forEach((day, i) => {
    if (day.endsWith("-01") || i === 0) {
      const col = Math.floor(i / 7);
      if (!months.length || col - (months.at(-1)!.x - LEFT) / STEP >= 3)
        months.push({ x: LEFT + col * STEP, label: MONTHS[Number(day.slice(5, 7)) - 1] });
    }
  });
  return (
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
      {days.map((day, i) => {
        const isToday = day === today;
        const label = dayLabel(day, reviews[i], practice[i] ?? 0);
        return (
          <rect
            key={day}
            role="img"
            aria-label={label}
            x={LEFT + Math.floor(i / 7) * STEP}
            y={TOP + (i % 7) * STEP}
            width={CELL}
            height={CELL}
            rx={2.5}
            className={`${LEVELS[level(reviews[i], max)]}${isToday ? " stroke-zinc-900 dark:stroke-white" : ""}`}
            strokeWidth={isToday ? 1.5 : undefined}
          >
            <title>{label}</title>
          </rect>
        );
      })}
    </svg>
  );
}
