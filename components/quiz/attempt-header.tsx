"use client";

import { formatClock } from "@/components/quiz/use-countdown";
import type { SaveStatus } from "@/components/quiz/use-answer-sync";

const statusText: Record<SaveStatus, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  offline: "Offline — answers kept on this device",
  error: "Not saved yet — retrying",
};

/** Sticky under the app bar: where you are, how long is left, whether your answers are safe. */
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
  return (
    <div className="sticky top-14 z-20 -mx-4 mb-4 border-b border-zinc-200 bg-zinc-50/95 px-4 pb-2 pt-2 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-sm font-semibold">{props.title}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {props.current !== null ? `Question ${props.current} of ${props.total} · ` : ""}
            {props.answered} of {props.total} answered
          </p>
        </div>
        {msLeft !== null ? (
          <div
            role="timer"
            aria-label="Time left"
            className={
              "shrink-0 rounded-lg px-2.5 py-1 font-mono text-lg font-semibold tabular-nums " +
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
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
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
      <p
        data-testid="save-status"
        data-status={props.status}
        className={
          "mt-1 text-xs " +
          (props.status === "saved"
            ? "text-green-700 dark:text-green-400"
            : props.status === "saving"
              ? "text-zinc-500"
              : "text-amber-700 dark:text-amber-300")
        }
      >
        {statusText[props.status]}
      </p>
    </div>
  );
}
