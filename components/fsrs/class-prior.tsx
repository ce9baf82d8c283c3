import { JobButton } from "@/components/fsrs/job-button";
import { loss, when } from "@/components/fsrs/format";
import { offerClassPriorAction, requestClassFitAction } from "@/lib/actions/fsrs";
import type { ClassMemoryModel } from "@/lib/server/fsrs-class";

/** The class prior: fit weights on the class's pooled reviews, then offer them to students short of their own. */
export function ClassPrior({ model, timeZone }: { model: ClassMemoryModel; timeZone: string }) {
  const { lastFit, prior, jobs, cls } = model;
  return (
    <div className="space-y-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        Fitted on the pooled reviews of the class&apos;s current students, and offered as the starting point of those
        with too few reviews for a fit of their own. Each student&apos;s own fit replaces it once it predicts their
        reviews better.
      </p>
      {lastFit ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-zinc-500 dark:text-zinc-400">Last fit</dt>
          <dd>
            {when(lastFit.fittedAt, timeZone)}: {lastFit.reviews.toLocaleString("en")} reviews of {lastFit.students}{" "}
            students
          </dd>
          {lastFit.fitted && lastFit.base ? (
            <>
              <dt className="text-zinc-500 dark:text-zinc-400">Log loss</dt>
              <dd className="tabular-nums">
                fitted {loss(lastFit.fitted.logLoss)} · default {loss(lastFit.base.logLoss)}{" "}
                <span className="text-zinc-500 dark:text-zinc-400">
                  on {lastFit.testReviews.toLocaleString("en")} later reviews
                </span>
              </dd>
              <dt className="text-zinc-500 dark:text-zinc-400">RMSE(bins)</dt>
              <dd className="tabular-nums">
                fitted {loss(lastFit.fitted.rmseBins)} · default {loss(lastFit.base.rmseBins)}
              </dd>
            </>
          ) : null}
          <dt className="text-zinc-500 dark:text-zinc-400">Verdict</dt>
          <dd>{lastFit.decision}</dd>
        </dl>
      ) : (
        <p>No class fit yet.</p>
      )}
      {prior ? (
        <p role="status">
          Offered {prior.offeredAt ? when(prior.offeredAt, timeZone) : ""}; {prior.students} student
          {prior.students === 1 ? "" : "s"} start
          {prior.students === 1 ? "s" : ""} from it.
          {lastFit && lastFit.id !== prior.fitId ? " A newer fit is above." : ""}
        </p>
      ) : null}
      {jobs.fit ? <p role="status">A class fit is {jobs.fit === "running" ? "running now" : "queued"}.</p> : null}
      <div className="flex flex-wrap gap-3">
        <JobButton action={requestClassFitAction} classId={cls.id} label="Fit class weights" pendingLabel="Queuing…" />
        {lastFit?.offerable && lastFit.id !== prior?.fitId ? (
          <JobButton
            action={offerClassPriorAction}
            classId={cls.id}
            label="Offer to students"
            pendingLabel="Offering…"
            variant="primary"
          />
        ) : null}
      </div>
    </div>
  );
}
