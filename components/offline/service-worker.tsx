"use client";

import { useEffect, useState } from "react";
import { deviceStorage } from "@/components/ui/device-storage";

/** Whose study snapshots this device may hold ("" once signed out): see the cleanup below. */
const SNAPSHOT_HOLDER = "paramlab:snapshot-holder";

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
    // Already registered: only check for a new version (what register() would do too), so a
    // worker installed from another URL of the same script (/sw.js?v=…) is not replaced by it.
    void sw
      .getRegistration("/")
      .then((r) => {
        const current = r?.installing ?? r?.waiting ?? r?.active;
        if (r && current && new URL(current.scriptURL).pathname === "/sw.js") return r.update();
        return sw.register("/sw.js", { scope: "/", updateViaCache: "none" });
      })
      .catch(() => undefined);
    const onChange = () => hadController && setUpdated(true);
    sw.addEventListener("controllerchange", onChange);
    return () => sw.removeEventListener("controllerchange", onChange);
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production") return;
    // navigator.serviceWorker is missing outside a secure context (plain http on a LAN address).
    if ("serviceWorker" in navigator)
      void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: "session", userId }));
    // Only this learner's study snapshot stays on the device: when someone else signs in, the
    // others' go, and once signed out all of them. Queued grades stay for their learner. The
    // device remembers whose snapshots it holds, so idb loads only when that changes, not on
    // every page.
    const storage = deviceStorage();
    let holder: string | null | undefined;
    try {
      holder = storage?.getItem(SNAPSHOT_HOLDER);
    } catch {
      holder = undefined; // unreadable: clean up to be safe
    }
    if (holder !== undefined && holder !== null && holder === (userId ?? "")) return;
    if (holder === null && userId === null) return; // never held anything here
    void import("@/lib/offline/forget-snapshots")
      .then((m) => m.deleteSnapshots(userId))
      .then(() => storage?.setItem(SNAPSHOT_HOLDER, userId ?? ""))
      .catch(() => undefined);
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
