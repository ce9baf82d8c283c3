"use client";

import Link from "next/link";
import { formatClock } from "@/components/quiz/use-countdown";
import { timeMilestone } from "@/lib/quiz/time-format";
import type { SaveStatus } from "@/components/quiz/use-answer-sync";

const statusText: Record<SaveStatus, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  offline: "Offline — answers kept on this device",
  error: "Not saved yet — retrying",
};

/**
 * The attempt's only chrome (the site header and tab bar step aside, see globals.css): one
 * compact sticky row with the way out, where you are, how long is left and whether your
 * answers are safe, over a thin progress bar.
 */
export function AttemptHeader(props: {
  title: string;
  current: number | null;
  total: number;
  answered: number;
  msLeft: number | null;
  status: SaveStatus;
}) {
  const { msLeft } = props;
  const urgent = msLeft !== null && msLeft < 60_000;
  const soon = msLeft !== null && msLeft < 5 * 60_000;
  const announcement = timeMilestone(msLeft);
  return (
    <div
      className="sticky top-0 z-20 -mx-4 mb-3 border-b border-zinc-200 bg-zinc-50/95 px-4 pb-1.5 pt-[max(0.375rem,env(safe-area-inset-top))] backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95"
      data-testid="attempt-header"
    >
      <div className="flex items-center gap-2">
        <Link
          href="/quizzes"
          aria-label="Leave the quiz (your answers are kept)"
          className="-ml-2 flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-200/70 focus-visible:outline-2 focus-visible:outline-accent-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg
            viewBox="0 0 24 24"
            className="h-6 w-6"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            aria-hidden="true"
          >
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </Link>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-semibold">{props.title}</p>
          <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
            <span aria-live="polite">
              {props.current !== null ? `Question ${props.current} of ${props.total} · ` : ""}
              {props.answered} of {props.total} answered
            </span>
            <span aria-hidden="true"> · </span>
            <span
              data-testid="save-status"
              data-status={props.status}
              className={
                props.status === "saved"
                  ? "text-green-700 dark:text-green-400"
                  : props.status === "saving"
                    ? ""
                    : "text-amber-700 dark:text-amber-300"
              }
            >
              {statusText[props.status]}
            </span>
          </p>
        </div>
        {msLeft !== null ? (
          <div
            role="timer"
            aria-label="Time left"
            className={
              "shrink-0 rounded-lg px-2 py-0.5 font-mono text-base font-semibold tabular-nums " +
              (urgent
                ? "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-100"
                : soon
                  ? "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
                  : "bg-zinc-200/70 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100")
            }
          >
            {formatClock(msLeft)}
          </div>
        ) : null}
      </div>
      <div
        className="mt-1 h-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        role="progressbar"
        aria-label="Answered"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.answered}
      >
        <div
          className="h-full rounded-full bg-accent-500 transition-all"
          style={{ width: `${(100 * props.answered) / Math.max(1, props.total)}%` }}
        />
      </div>
      {/* The clock itself is silent (it changes every second); this says the time left at a few milestones. */}
      <p className="sr-only" aria-live="assertive" data-testid="time-announcement">
        {announcement}
      </p>
    </div>
  );
}
