"use client";

import type { Preview, Rating } from "@/lib/srs/scheduler";
import { RATING_NAMES } from "@/lib/srs/scheduler";

const tones: Record<Rating, string> = {
  1: "border-red-200 bg-red-50 text-red-800 hover:bg-red-100 dark:border-red-900/70 dark:bg-red-950/50 dark:text-red-200 dark:hover:bg-red-950",
  2: "border-amber-200 bg-amber-50 text-amber-900 hover:bg-amber-100 dark:border-amber-900/70 dark:bg-amber-950/40 dark:text-amber-200 dark:hover:bg-amber-950",
  3: "border-emerald-200 bg-emerald-50 text-emerald-900 hover:bg-emerald-100 dark:border-emerald-900/70 dark:bg-emerald-950/50 dark:text-emerald-200 dark:hover:bg-emerald-950",
  4: "border-sky-200 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-900/70 dark:bg-sky-950/50 dark:text-sky-200 dark:hover:bg-sky-950",
};

/** The four grades as big thumb-sized buttons, each with the interval it would give. */
export function GradeBar({
  previews,
  onGrade,
}: {
  previews: Record<Rating, Preview> | null;
  onGrade: (r: Rating, timeStamp: number) => void;
}) {
  return (
    <div role="group" aria-label="How well did you recall it?" className="grid grid-cols-4 gap-2">
      {([1, 2, 3, 4] as const).map((r) => {
        const interval = previews?.[r].interval;
        return (
          <button
            key={r}
            type="button"
            aria-keyshortcuts={String(r)}
            data-interval={interval}
            onClick={(e) => onGrade(r, e.timeStamp)}
            className={`flex min-h-16 flex-col items-center justify-center rounded-2xl border px-1 py-2 font-semibold transition select-none active:scale-[0.97] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 ${tones[r]}`}
          >
            {/* Named by its content in one text node, "Good, next in 10m" (WCAG 2.5.3: the name
                contains the visible word; one node, so no stray space before the comma). What the
                eye reads, the word over the interval, is hidden from assistive tech to avoid saying it twice. */}
            <span className="sr-only">{interval ? `${RATING_NAMES[r]}, next in ${interval}` : RATING_NAMES[r]}</span>
            <span aria-hidden="true" className="text-[15px] leading-tight">
              {RATING_NAMES[r]}
            </span>
            <span aria-hidden="true" className="mt-0.5 text-xs font-medium tabular-nums opacity-80">
              {interval ?? <span className="pointer-fine:hidden">&nbsp;</span>}
              <kbd className="ml-1 hidden rounded border border-current/25 px-1 font-sans text-[10px] opacity-70 pointer-fine:inline">
                {r}
              </kbd>
            </span>
          </button>
        );
      })}
    </div>
  );
}
