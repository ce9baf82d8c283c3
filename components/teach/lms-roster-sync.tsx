"use client";

import { useActionState } from "react";
import { syncRosterAction } from "@/lib/actions/lti";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/page";
import { FormStatus } from "@/components/teach/form-status";

type Status = { title: string; rosterSyncedAt: Date | null; rosterError: string | null; membershipsUrl: string | null };

/** A class that is an LMS course: its roster comes from the LMS (on each launch, and on demand here). */
export function LmsRosterSync({ classId, status }: { classId: string; status: Status }) {
  const [state, action, pending] = useActionState(syncRosterAction, null);
  return (
    <Panel>
      <h2 className="mb-1 font-semibold">LMS course: {status.title}</h2>
      <p className="text-sm">
        {status.rosterSyncedAt
          ? `Roster last synced ${status.rosterSyncedAt.toISOString().replace("T", " ").slice(0, 16)} UTC.`
          : "Roster not synced yet."}
      </p>
      {status.rosterError ? (
        <p className="text-sm text-red-700 dark:text-red-300">Last error: {status.rosterError}</p>
      ) : null}
      {status.membershipsUrl ? (
        <form action={action} className="mt-2 space-y-1">
          <input type="hidden" name="classId" value={classId} />
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Syncing…" : "Sync roster now"}
          </Button>
          <FormStatus state={state} />
        </form>
      ) : null}
    </Panel>
  );
}
