"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { RATING_NAMES } from "@/lib/srs/scheduler";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { daysBetween, localDayKey } from "@/lib/time/local-day";
import { describeDays } from "@/lib/srs/format";
import type { Tally } from "@/components/review/use-review-session";
import type { SyncStatus } from "@/lib/srs/grade-outbox";
import { count } from "@/lib/plural";

const barColor = ["bg-red-500", "bg-amber-400", "bg-emerald-500", "bg-sky-500"];

/** When the next card comes due, from the states this session knows. */
function nextDue(known: Record<string, CardSnapshot | null>, timeZone: string) {
  const today = localDayKey(new Date(), timeZone);
  const days = Object.values(known)
    .filter((s): s is CardSnapshot => s !== null)
    .map((s) => daysBetween(today, localDayKey(new Date(s.due), timeZone)))
    .filter((d) => d > 0);
  if (!days.length) return null;
  const first = Math.min(...days);
  return { when: describeDays(first), count: days.filter((d) => d === first).length };
}

export function SessionSummary(props: {
  practice: boolean;
  tally: Tally;
  known: Record<string, CardSnapshot | null>;
  timeZone: string;
  minutes: number;
  status: SyncStatus;
  canUndo: boolean;
  onUndo: () => void;
}) {
  const total = props.tally.reduce((a, b) => a + b, 0);
  const next = nextDue(props.known, props.timeZone);
  const recalled = total ? Math.round((100 * (total - props.tally[0])) / total) : 0;
  return (
    <section
      aria-labelledby="summary-title"
      className="review-card-in mx-auto w-full max-w-md rounded-3xl border border-zinc-200 bg-white p-6 text-center shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div
        aria-hidden="true"
        className="mx-auto mb-3 flex h-14 w-14 items-center justify-center rounded-full bg-emerald-100 text-emerald-600 dark:bg-emerald-900/40 dark:text-emerald-300"
      >
        <svg
          viewBox="0 0 24 24"
          className="h-8 w-8"
          fill="none"
          stroke="currentColor"
          strokeWidth={2.4}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
      </div>
      <h2 id="summary-title" className="text-2xl font-bold tracking-tight">
        {props.practice ? "Practice round done" : "Session complete"}
      </h2>
      {total ? (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          {count(total, "grade", "grades")} in{" "}
          {props.minutes < 1 ? "under a minute" : `${Math.round(props.minutes)} min`} · recalled {recalled}%
        </p>
      ) : (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">Nothing is due right now.</p>
      )}
      {total ? (
        <>
          <div className="mt-5 flex h-3 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
            {props.tally.map((n, i) =>
              n ? <div key={i} className={barColor[i]} style={{ width: `${(100 * n) / total}%` }} /> : null,
            )}
          </div>
          <dl className="mt-3 grid grid-cols-4 gap-1 text-sm">
            {props.tally.map((n, i) => (
              <div key={i}>
                <dt className="text-zinc-500 dark:text-zinc-400">{RATING_NAMES[(i + 1) as 1]}</dt>
                <dd className="text-lg font-semibold tabular-nums">{n}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        {props.practice ? "Practice does not change your schedule. " : ""}
        {next
          ? `Next review ${next.when}: ${count(next.count, "card", "cards")}.`
          : props.practice
            ? ""
            : "No reviews scheduled yet."}
      </p>
      {props.status.pending ? (
        <p className="mt-2 text-sm text-amber-700 dark:text-amber-300">
          {count(props.status.pending, "grade is", "grades are")} kept on this device and will be saved when you are
          back online.
        </p>
      ) : total ? (
        <p className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">All grades saved.</p>
      ) : null}
      <div className="mt-6 grid gap-2">
        <Link href="/stats" className={buttonClass("primary", "min-h-12 text-base")}>
          See your progress
        </Link>
        <Link href="/study/review?mode=practice" className={buttonClass("secondary", "min-h-12")}>
          {props.practice ? "Practice again" : "Practice ahead"}
        </Link>
        <div className="flex gap-2">
          <Link href="/study" className={buttonClass("ghost", "flex-1")}>
            Back to Study
          </Link>
          {props.canUndo ? (
            <button type="button" onClick={props.onUndo} className={buttonClass("ghost", "flex-1")}>
              Undo last
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
