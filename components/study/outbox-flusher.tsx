"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useOutbox } from "@/components/review/use-outbox";
import { syncLabel } from "@/components/review/sync-status";

/**
 * Sends grades left waiting on this device (a reload, an offline stretch) from the pages a
 * learner opens next, then refreshes the numbers so they include them. It also keeps the
 * device's study snapshot fresh, so the review works offline from here on.
 */
export function OutboxFlusher({ userId }: { userId: string }) {
  const router = useRouter();
  const { status } = useOutbox(userId, {}, { keepSnapshot: true });
  const hadPending = useRef(false);
  useEffect(() => {
    if (status.pending > 0) hadPending.current = true;
    else if (hadPending.current && status.state === "saved") {
      hadPending.current = false;
      router.refresh();
    }
  }, [status, router]);
  useEffect(() => {
    // The service worker sent this device's waiting grades (Background Sync) before this page
    // could see them waiting: the numbers rendered on the server may not include them yet.
    const sw = typeof navigator !== "undefined" ? navigator.serviceWorker : undefined;
    if (!sw) return;
    const onMessage = (e: MessageEvent) => {
      if ((e.data as { type?: string } | null)?.type === "grades-synced") router.refresh();
    };
    sw.addEventListener("message", onMessage);
    return () => sw.removeEventListener("message", onMessage);
  }, [router]);
  if (!status.pending) return null;
  return (
    <p
      role="status"
      data-sync={status.state}
      className="mb-4 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {syncLabel(status)}
      {status.state === "offline" ? ": kept on this device, synced when you are back online." : ""}
    </p>
  );
}
