"use client";

import type { SyncStatus } from "@/lib/srs/grade-outbox";

const dot = {
  saved: "bg-emerald-500",
  saving: "bg-amber-400 animate-pulse",
  offline: "bg-zinc-400",
  "signed-out": "bg-red-500",
} as const;

const grades = (n: number) => `${n} ${n === 1 ? "grade" : "grades"}`;

/** The words for where the grades are, shared by the review pill and the study dashboard. */
export function syncLabel(s: SyncStatus) {
  if (s.state === "signed-out") return `Signed out — ${grades(s.pending)} waiting`;
  if (s.state === "offline") return `Offline — ${grades(s.pending)} waiting`;
  if (s.state === "saving") return "Syncing…";
  return "Synced";
}

/** Where the grades are: synced, on their way, or waiting on this device until the network returns. */
export function SyncStatusPill({ status, onDismissError }: { status: SyncStatus; onDismissError?: () => void }) {
  const message = status.error ?? status.notice;
  return (
    <>
      <span
        role="status"
        data-sync={status.state}
        className="inline-flex items-center gap-1.5 whitespace-nowrap text-xs font-medium text-zinc-500 dark:text-zinc-400"
      >
        <span aria-hidden="true" className={`h-2 w-2 rounded-full ${dot[status.state]}`} />
        {syncLabel(status)}
      </span>
      {message ? (
        <div
          role={status.error ? "alert" : "status"}
          className={`fixed inset-x-3 top-16 z-50 mx-auto flex max-w-md items-start gap-3 rounded-2xl border p-3 text-sm shadow-lg ${status.error ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"}`}
        >
          <p className="flex-1">{message}</p>
          <button
            type="button"
            onClick={onDismissError}
            className="min-h-8 rounded-lg px-2 font-semibold hover:bg-black/5 dark:hover:bg-white/10"
          >
            OK
          </button>
        </div>
      ) : null}
      {!status.durable && status.pending ? (
        <p
          role="alert"
          className="fixed inset-x-3 bottom-24 z-50 mx-auto max-w-md rounded-2xl bg-amber-100 p-3 text-sm text-amber-950 shadow-lg dark:bg-amber-950 dark:text-amber-100"
        >
          This device&apos;s storage is full: {grades(status.pending)} are kept only while this page stays open. Free
          some space or stay on this page until they are synced.
        </p>
      ) : null}
    </>
  );
}
