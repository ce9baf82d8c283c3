"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useOutbox } from "@/components/review/use-outbox";

/**
 * Sends grades left waiting on this device (a reload, an offline moment) from the pages a
 * learner opens next, then refreshes the numbers so they include them.
 */
export function OutboxFlusher({ userId }: { userId: string }) {
  const router = useRouter();
  const { status } = useOutbox(userId);
  const hadPending = useRef(false);
  useEffect(() => {
    if (status.pending > 0) hadPending.current = true;
    else if (hadPending.current && status.state === "saved") {
      hadPending.current = false;
      router.refresh();
    }
  }, [status, router]);
  if (!status.pending) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {status.state === "offline"
        ? `Offline: ${status.pending} grades kept on this device, saved when you are back online.`
        : `Saving ${status.pending} grades from your last session…`}
    </p>
  );
}
