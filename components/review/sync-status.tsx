"use client";

import type { SyncStatus } from "@/lib/srs/grade-outbox";

const dot = {
  saved: "bg-emerald-500",
  saving: "bg-amber-400 animate-pulse",
  offline: "bg-zinc-400",
  "signed-out": "bg-red-500",
} as const;

function label(s: SyncStatus) {
  if (s.state === "signed-out") return `Signed out · ${s.pending} kept here`;
  if (s.state === "offline") return `Offline · ${s.pending} kept here`;
  if (s.state === "saving") return "Saving…";
  return "Saved";
}

/** Where the grades are: saved, on their way, or kept on this device until the network returns. */
export function SyncStatusPill({ status, onDismissError }: { status: SyncStatus; onDismissError?: () => void }) {
  return (
    <>
      <span
        role="status"
        data-sync={status.state}
        className="inline-flex items-center gap-1.5 whitespace-nowrap text-xs font-medium text-zinc-500 dark:text-zinc-400"
      >
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${dot[status.state]}`} />
        {label(status)}
      </span>
      {status.error ? (
        <div
          role="alert"
          className="fixed inset-x-3 top-16 z-50 mx-auto flex max-w-md items-start gap-3 rounded-2xl border border-red-300 bg-red-50 p-3 text-sm text-red-900 shadow-lg dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="flex-1">{status.error}</p>
          <button
            type="button"
            onClick={onDismissError}
            className="min-h-8 rounded-lg px-2 font-semibold hover:bg-red-100 dark:hover:bg-red-900"
          >
            OK
          </button>
        </div>
      ) : null}
    </>
  );
}
