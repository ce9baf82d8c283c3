"use client";

import Link from "next/link";
import { useState } from "react";
import { RATING_NAMES, type Rating, type SrsSettings } from "@/lib/srs/scheduler";
import type { StudyMode } from "@/lib/srs/queue";
import { useReviewSession } from "@/components/review/use-review-session";
import type { ReviewCardData } from "@/lib/srs/review-card";
import { useReviewKeys } from "@/components/review/use-review-keys";
import { useSwipe } from "@/components/review/use-swipe";
import { ReviewCard } from "@/components/review/review-card";
import { GradeBar } from "@/components/review/grade-bar";
import { SessionSummary } from "@/components/review/session-summary";
import { SyncStatusPill } from "@/components/review/sync-status";

export type ReviewSessionProps = {
  userId: string;
  mode: StudyMode;
  cards: ReviewCardData[];
  settings: SrsSettings;
  dueBy: string;
  /** Offline: the cards already carry the grades waiting on the device. */
  pendingApplied?: boolean;
};

/**
 * The review screen: full height on a phone, thumbs on the bottom row. It covers the app's
 * navigation while open (the × goes back to Study) so nothing competes with the card.
 */
export function ReviewSession(props: ReviewSessionProps) {
  const practice = props.mode === "practice";
  const s = useReviewSession(props);
  const [announce, setAnnounce] = useState("");
  const grade = (r: Rating, t: number) => {
    s.grade(r, t);
    setAnnounce(`Graded ${RATING_NAMES[r]}.`);
  };
  const swipeRef = useSwipe<HTMLElement>({
    enabled: s.revealed,
    onSwipe: (dir, t) => grade(dir === "left" ? 1 : 3, t),
  });
  useReviewKeys({ revealed: s.revealed, reveal: s.reveal, grade, undo: s.undo });
  const done = s.tally.reduce((a, b) => a + b, 0);
  const left = s.queue.length;

  return (
    <div className="fixed inset-0 z-40 flex flex-col bg-zinc-50 pt-[env(safe-area-inset-top)] dark:bg-zinc-950">
      <header className="mx-auto flex w-full max-w-2xl items-center gap-2 px-2 py-2 sm:px-4">
        <Link
          href="/study"
          aria-label="Close the review"
          className="flex h-11 w-11 items-center justify-center rounded-full text-zinc-500 hover:bg-zinc-200/70 dark:text-zinc-400 dark:hover:bg-zinc-800"
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
          <div className="flex items-baseline justify-between gap-2 text-xs text-zinc-500 dark:text-zinc-400">
            <span className="font-semibold text-zinc-700 dark:text-zinc-200">
              {practice ? "Practice ahead" : "Review"}
            </span>
            <span data-testid="cards-left" className="tabular-nums">
              {left ? `${left} left` : "done"}
            </span>
          </div>
          <div
            className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
            role="progressbar"
            aria-label="Session progress"
            aria-valuemin={0}
            aria-valuemax={done + left}
            aria-valuenow={done}
          >
            <div
              className="h-full rounded-full bg-accent-500 transition-[width] duration-300"
              style={{ width: `${done + left ? (100 * done) / (done + left) : 0}%` }}
            />
          </div>
        </div>
        <SyncStatusPill status={s.status} onDismissError={s.dismissError} />
        <button
          type="button"
          onClick={s.undo}
          disabled={!s.canUndo}
          aria-keyshortcuts="Z"
          className="flex h-11 items-center gap-1 rounded-full px-3 text-sm font-semibold text-zinc-600 hover:bg-zinc-200/70 disabled:opacity-35 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg
            viewBox="0 0 24 24"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
            aria-hidden="true"
          >
            <path d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
          </svg>
          Undo
        </button>
      </header>

      <div className="flex-1 overflow-y-auto overscroll-contain px-3 pb-4 pt-2 sm:px-4">
        <div className="mx-auto w-full max-w-2xl">
          {s.head ? (
            <ReviewCard
              card={s.head}
              revealed={s.revealed}
              practice={practice}
              onReveal={s.reveal}
              swipeRef={swipeRef}
            />
          ) : (
            <SessionSummary
              practice={practice}
              tally={s.tally}
              known={s.known}
              timeZone={props.settings.timeZone}
              minutes={s.minutes}
              status={s.status}
              canUndo={s.canUndo}
              onUndo={s.undo}
            />
          )}
        </div>
      </div>

      {s.head ? (
        <footer className="mx-auto w-full max-w-2xl px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-2 sm:px-4">
          {s.revealed ? (
            <>
              <GradeBar previews={s.previews} onGrade={grade} />
              <p className="mt-2 text-center text-xs text-zinc-500 dark:text-zinc-400">
                <span className="pointer-fine:hidden">Swipe ← Again · Good →</span>
                <span className="hidden pointer-fine:inline">Keys 1–4 to grade · Z to undo</span>
              </p>
            </>
          ) : (
            <>
              <button
                type="button"
                onClick={s.reveal}
                aria-keyshortcuts="Space"
                className="flex min-h-16 w-full items-center justify-center gap-2 rounded-2xl bg-accent-600 text-lg font-semibold text-white shadow-sm transition hover:bg-accent-700 active:scale-[0.99] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500"
              >
                Show answer
                <kbd className="hidden rounded border border-white/40 px-1.5 text-xs font-medium pointer-fine:inline">
                  Space
                </kbd>
              </button>
              <p className="mt-2 text-center text-xs text-zinc-500 dark:text-zinc-400">
                {practice ? "Practice: your schedule stays as it is" : "Say the answer to yourself first"}
              </p>
            </>
          )}
        </footer>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
