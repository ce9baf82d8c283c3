import { JobButton } from "@/components/fsrs/job-button";
import { WeightsList } from "@/components/fsrs/weights-list";
import { loss, when } from "@/components/fsrs/format";
import { requestMyFitAction } from "@/lib/actions/fsrs";
import { outcomeSentence } from "@/lib/fsrs/outcome";
import type { MyMemoryModel } from "@/lib/server/fsrs-learner";

/** The settings page's account of the weights that schedule the learner's cards. */
export function MemoryModel({ model, timeZone }: { model: MyMemoryModel; timeZone: string }) {
  const { source, inUse, lastFit, job, usable, minimums } = model;
  const title =
    source === "default"
      ? "the default FSRS-6 weights"
      : source === "personal"
        ? "your own weights"
        : `your class’s weights (${inUse?.className})`;
  return (
    <div className="space-y-4 text-sm">
      <p>
        Your cards are scheduled with <strong>{title}</strong>
        {inUse ? `, fitted ${when(inUse.fittedAt, timeZone)} on ${inUse.reviews.toLocaleString("en")} reviews` : ""}.
      </p>
      {usable < minimums.full ? (
        <p
          role="note"
          className="rounded-xl bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
        >
          Below the minimum for a full fit: you have {usable} review{usable === 1 ? "" : "s"} the optimizer can learn
          from (a card&apos;s first grade, same-day repeats, practice and undone grades do not count). fsrs-rs fits
          nothing below {minimums.any}, and only the first four weights below {minimums.full}.
          {lastFit && lastFit.outcome !== "full"
            ? ` Last time: ${outcomeSentence(lastFit.outcome, lastFit.reviews)}`
            : ""}
        </p>
      ) : null}
      {lastFit ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-zinc-500 dark:text-zinc-400">Last fit</dt>
          <dd>
            {when(lastFit.fittedAt, timeZone)}, on {lastFit.reviews.toLocaleString("en")} reviews
          </dd>
          <dt className="text-zinc-500 dark:text-zinc-400">fsrs-rs returned</dt>
          <dd>
            {lastFit.outcome === "full"
              ? "all 21 weights"
              : lastFit.outcome === "first-four"
                ? "only the first four weights"
                : "the default weights"}
          </dd>
          {lastFit.fitted && lastFit.base ? (
            <>
              <dt className="text-zinc-500 dark:text-zinc-400">Log loss</dt>
              <dd className="tabular-nums">
                fitted {loss(lastFit.fitted.logLoss)} · in use {loss(lastFit.base.logLoss)}{" "}
                <span className="text-zinc-500 dark:text-zinc-400">on {lastFit.testReviews} later reviews</span>
              </dd>
              <dt className="text-zinc-500 dark:text-zinc-400">RMSE(bins)</dt>
              <dd className="tabular-nums">
                fitted {loss(lastFit.fitted.rmseBins)} · in use {loss(lastFit.base.rmseBins)}
              </dd>
            </>
          ) : null}
          <dt className="text-zinc-500 dark:text-zinc-400">Decision</dt>
          <dd>
            {lastFit.decision}
            {lastFit.rescheduled
              ? ` ${lastFit.rescheduled} card${lastFit.rescheduled === 1 ? "" : "s"} rescheduled; your review history is unchanged.`
              : ""}
          </dd>
        </dl>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">
          No fit yet. One runs by itself once you have {minimums.any} reviews of cards in review state.
        </p>
      )}
      {job ? (
        <p role="status" className="text-accent-700 dark:text-accent-300">
          A fit is {job.status === "running" ? "running now" : `queued (since ${when(job.queuedAt, timeZone)})`}.
        </p>
      ) : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        New weights replace the ones in use only if, fitted on your earlier reviews, they predict your later ones with a
        lower log loss (fsrs-rs&apos;s time-series split). Your cards are then rescheduled with them.
      </p>
      <WeightsList weights={model.weights} />
      <JobButton action={requestMyFitAction} label="Fit my weights now" pendingLabel="Queuing…" />
    </div>
  );
}
