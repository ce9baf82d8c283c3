import type { HeatDay } from "@/lib/srs/stats";
import { HeatmapSvg } from "@/components/study/heatmap-svg";
import { CELL, LEVELS } from "@/components/study/heatmap-levels";

/**
 * A year of reviews, one cell per local day (weeks run Monday to Sunday; `days` is every day
 * from the first Monday to today, as lib/srs/stats.ts gives them). Each cell is labelled for
 * screen readers ("2026-11-28: 9 reviews"). On a phone the strip scrolls and opens at today (a
 * right-to-left scroll container needs no script); when it fits, it sits left.
 */
export function Heatmap({ days, today }: { days: HeatDay[]; today: string }) {
  return (
    <figure>
      {/* It scrolls sideways on a phone, so keyboard users can focus it and scroll with the arrows. */}
      <div
        className="overflow-x-auto rounded pb-1 [direction:rtl] focus-visible:outline-2 focus-visible:outline-accent-500"
        tabIndex={0}
        role="region"
        aria-label="Reviews per day over the last year, scrollable"
      >
        <HeatmapSvg
          start={days[0]?.day ?? today}
          today={today}
          reviews={days.map((d) => d.reviews)}
          practice={days.map((d) => d.practice)}
        />
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
