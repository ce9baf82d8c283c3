"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Registers the service worker (/sw.js, production builds only) and tells it who is signed in,
 * so it keeps the right offline shell and sends only that learner's grades. When a new version
 * takes over (it skips waiting), the page offers a reload instead of doing it mid-review or
 * mid-quiz: grades and answers wait safely on the device either way.
 */
export function ServiceWorker({ userId }: { userId: string | null }) {
  const [updated, setUpdated] = useState(false);

  useEffect(() => {
    const sw = typeof navigator !== "undefined" ? navigator.serviceWorker : undefined;
    if (!sw || process.env.NODE_ENV !== "production") return;
    const hadController = !!sw.controller;
    sw.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => undefined);
    const onChange = () => hadController && setUpdated(true);
    sw.addEventListener("controllerchange", onChange);
    return () => sw.removeEventListener("controllerchange", onChange);
  }, []);

  const previous = useRef(userId);
  useEffect(() => {
    if (process.env.NODE_ENV !== "production") return;
    // navigator.serviceWorker is missing outside a secure context (plain http on a LAN address).
    if ("serviceWorker" in navigator)
      void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: "session", userId }));
    // Only this learner's study snapshot stays on the device: at sign-in the others' go, and at
    // sign-out (signed in a moment ago, now not) all of them. Queued grades stay for their learner.
    const signedOut = previous.current !== null && userId === null;
    previous.current = userId;
    if (userId || signedOut)
      void import("@/lib/offline/forget-snapshots").then((m) => m.deleteSnapshots(userId)).catch(() => undefined);
  }, [userId]);

  if (!updated) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-3 bottom-20 z-50 mx-auto flex max-w-md items-center gap-3 rounded-2xl border border-accent-200 bg-white p-3 text-sm shadow-lg md:bottom-4 dark:border-accent-700 dark:bg-zinc-900"
    >
      <p className="flex-1">A new version of ParamLab is ready.</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="min-h-10 rounded-xl bg-accent-600 px-3 font-semibold text-white hover:bg-accent-700"
      >
        Reload
      </button>
    </div>
  );
}
