"use client";

import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { createGradeOutbox, gradeQueue, type GradeOutbox, type Op, type SyncStatus } from "@/lib/srs/grade-outbox";
import type { StudySnapshot } from "@/lib/srs/study-snapshot";
import { webLock } from "@/lib/offline/web-lock";
import { gradeStore } from "@/components/offline/grade-store";

export type OutboxHandlers = {
  onReceipt?: (op: Op, body: unknown) => void;
  onSuperseded?: (op: Op, body: unknown) => void;
  /** The grades still waiting when the outbox opens (a reload, an offline stretch). */
  onRestore?: (waiting: Op[]) => void;
  /** After a sync emptied the queue: the server's fresh snapshot, which the page adopts. */
  onSynced?: (snapshot: StudySnapshot) => void;
};

export const INITIAL_STATUS: SyncStatus = { state: "saved", pending: 0, error: null, notice: null, durable: true };

const ignore = () => {};

/** Asks the service worker to send the queue when the connection returns, even if every tab is closed (Background Sync, where the browser has it). */
function registerBackgroundSync() {
  // Chromium only (other browsers lack registration.sync): then the page sends on "online".
  type MaybeSync = { sync?: { register(tag: string): Promise<void> } };
  if (!("serviceWorker" in navigator)) return;
  void navigator.serviceWorker.ready
    .then((r) => (r as unknown as MaybeSync).sync?.register("paramlab-grades"))
    .catch(() => undefined);
}

function refreshSnapshot(userId: string) {
  return import("@/components/offline/snapshot-sync").then((m) => m.refreshSnapshot(userId));
}

/**
 * One outbox per signed-in user, kept in IndexedDB and flushed on mount (grades left by a
 * reload or an offline stretch), when the browser comes back online and when the page is
 * shown again. After a sync the device fetches the server's snapshot and adopts it.
 * It exists only in the browser, from mount to unmount, so only effects and event handlers
 * reach it (`current()`).
 */
export function useOutbox(userId: string, handlers: OutboxHandlers = {}, opts: { keepSnapshot?: boolean } = {}) {
  const keepSnapshot = !!opts.keepSnapshot;
  const [status, setStatus] = useState<SyncStatus>(INITIAL_STATUS);
  const ref = useRef<GradeOutbox | null>(null);
  const receipt = useEffectEvent(handlers.onReceipt ?? ignore);
  const superseded = useEffectEvent(handlers.onSuperseded ?? ignore);
  const restore = useEffectEvent(handlers.onRestore ?? ignore);
  const synced = useEffectEvent((snapshot: StudySnapshot) => handlers.onSynced?.(snapshot));

  useEffect(() => {
    const outbox = createGradeOutbox({
      store: gradeStore(userId),
      fetch: (u, i) => fetch(u, i),
      lock: webLock(gradeQueue(userId)),
      onStatus: (s) => {
        setStatus(s);
        // Offline for real (not a dropped request, which the page retries itself): let the worker send them later.
        if (s.state === "offline" && !navigator.onLine) registerBackgroundSync();
      },
      onReceipt: (op, body) => receipt(op, body),
      onSuperseded: (op, body) => superseded(op, body),
      onDrained: () =>
        void refreshSnapshot(userId).then((snapshot) => {
          if (snapshot && ref.current === outbox) synced(snapshot);
        }),
    });
    ref.current = outbox;
    // A study page open online also refreshes the device's snapshot, once it has painted.
    let timer: ReturnType<typeof setTimeout> | undefined;
    void outbox
      .pending()
      .then((waiting) => {
        if (ref.current === outbox && waiting.length) restore(waiting);
        return outbox.flush(); // reports the status it starts from
      })
      .then((empty) => {
        if (empty && keepSnapshot && ref.current === outbox)
          timer = setTimeout(() => void refreshSnapshot(userId), 1000);
      });
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
      clearTimeout(timer);
      ref.current = null;
    };
  }, [userId, keepSnapshot]);

  const current = useCallback(() => ref.current, []);
  return { status, current };
}
