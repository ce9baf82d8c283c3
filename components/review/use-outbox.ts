"use client";

import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { createGradeOutbox, outboxKey, type Op, type SyncStatus } from "@/lib/srs/grade-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

type GradeOutbox = ReturnType<typeof createGradeOutbox>;

const ignore = () => {};

/**
 * One outbox per signed-in user, flushed on mount (grades left by a reload or an earlier
 * offline moment), when the browser comes back online and when the page is shown again.
 * It exists only in the browser, from mount to unmount, so only effects and event handlers
 * reach it (`current()`); `onRestore` gets the grades still waiting when it opens.
 */
export function useOutbox(
  userId: string,
  handlers: { onReceipt?: (op: Op, body: unknown) => void; onRestore?: (waiting: Op[]) => void } = {},
) {
  const [status, setStatus] = useState<SyncStatus>({ state: "saved", pending: 0, error: null });
  const ref = useRef<GradeOutbox | null>(null);
  const receipt = useEffectEvent(handlers.onReceipt ?? ignore);
  const restore = useEffectEvent(handlers.onRestore ?? ignore);

  useEffect(() => {
    const outbox = createGradeOutbox(outboxKey(userId), {
      storage: deviceStorage(),
      fetch: (u, i) => fetch(u, i),
      onStatus: setStatus,
      onReceipt: (op, body) => receipt(op, body),
    });
    ref.current = outbox;
    restore(outbox.pending());
    void outbox.flush(); // reports the status it starts from
    const resume = () => outbox.resume();
    const onVisible = () => {
      if (document.visibilityState === "visible") outbox.resume();
    };
    window.addEventListener("online", resume);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("online", resume);
      document.removeEventListener("visibilitychange", onVisible);
      outbox.stop();
      ref.current = null;
    };
  }, [userId]);

  const current = useCallback(() => ref.current, []);
  return { status, current };
}
