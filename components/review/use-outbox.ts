"use client";

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createGradeOutbox, outboxKey, type Op, type SyncStatus } from "@/lib/srs/grade-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

/**
 * One outbox per signed-in user, flushed on mount (grades left by a reload or an earlier
 * offline moment), when the browser comes back online and when the page is shown again.
 */
export function useOutbox(userId: string, onReceipt?: (op: Op, body: unknown) => void) {
  const [status, setStatus] = useState<SyncStatus>({ state: "saved", pending: 0, error: null });
  const receiptRef = useRef(onReceipt);
  useLayoutEffect(() => {
    receiptRef.current = onReceipt;
  });
  const outbox = useMemo(
    () =>
      typeof window === "undefined"
        ? null
        : createGradeOutbox(outboxKey(userId), { storage: deviceStorage(), fetch: (u, i) => fetch(u, i), onStatus: setStatus, onReceipt: (op, body) => receiptRef.current?.(op, body) }),
    [userId],
  );

  useEffect(() => {
    if (!outbox) return;
    setStatus(outbox.status());
    void outbox.flush();
    const resume = () => outbox.resume();
    const onVisible = () => document.visibilityState === "visible" && outbox.resume();
    window.addEventListener("online", resume);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("online", resume);
      document.removeEventListener("visibilitychange", onVisible);
      outbox.stop();
    };
  }, [outbox]);

  return { outbox, status };
}
