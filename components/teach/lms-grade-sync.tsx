"use client";

import { useActionState } from "react";
import { linkQuizAction } from "@/lib/actions/lti";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/page";
import { FormStatus } from "@/components/teach/form-status";
import { LmsActivityColumns, type ActivityColumns } from "@/components/teach/lms-activity-columns";

export type GradeSync = {
  linked: boolean;
  canLink: boolean;
  lastSyncedAt: Date | null;
  lastError: string | null;
  pending: number;
  failed: number;
};

/** A quiz of an LMS class: whether its grades go to the LMS gradebook, and how the last sync went. */
export function LmsGradeSync({
  classId,
  quizId,
  sync,
  columns,
}: {
  classId: string;
  quizId: string;
  sync: GradeSync;
  columns: ActivityColumns | null;
}) {
  const [state, action, pending] = useActionState(linkQuizAction, null);
  return (
    <Panel>
      <h2 className="mb-1 font-semibold">LMS gradebook</h2>
      <p className="text-sm" data-testid="lms-sync-status">
        {!sync.linked
          ? "Not in the LMS gradebook yet."
          : sync.lastSyncedAt
            ? `Last synced ${sync.lastSyncedAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`
            : "Linked; no grade sent yet."}
        {sync.pending ? ` ${sync.pending} waiting to send.` : ""}
        {sync.failed ? ` ${sync.failed} could not be sent.` : ""}
      </p>
      {sync.linked && columns?.current ? (
        <p className="text-sm">Grades go to the gradebook column of the activity “{columns.current}”.</p>
      ) : null}
      {sync.lastError ? <p className="text-sm text-red-700 dark:text-red-300">Last error: {sync.lastError}</p> : null}
      {sync.canLink ? (
        <form action={action} className="mt-2 space-y-1">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="quizId" value={quizId} />
          <Button type="submit" variant={sync.linked ? "secondary" : "primary"} disabled={pending}>
            {pending ? "Sending…" : sync.linked ? "Send new and failed grades" : "Send grades to the LMS"}
          </Button>
          <FormStatus state={state} />
        </form>
      ) : columns?.free.length && !sync.linked ? null : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The LMS did not grant gradebook access to this course.
        </p>
      )}
      {columns ? <LmsActivityColumns classId={classId} quizId={quizId} columns={columns} linked={sync.linked} /> : null}
    </Panel>
  );
}
