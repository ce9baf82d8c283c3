"use client";

import { useSyncExternalStore } from "react";
import { OfflineDashboard } from "@/components/offline/offline-dashboard";
import { OfflineReview } from "@/components/offline/offline-review";
import { NeedsConnection } from "@/components/offline/needs-connection";

const noSubscribe = () => () => {};

/** Which page the shell stands in for: the address bar, read only in the browser (the server rendered it as /offline). */
function useAddress(): URL | null {
  const href = useSyncExternalStore(
    noSubscribe,
    () => window.location.href,
    () => null,
  );
  return href ? new URL(href) : null;
}

/** The dashboard and the review work offline from the device's snapshot; every other page says it needs a connection. */
export function OfflineShell({ userId }: { userId: string | null }) {
  const at = useAddress();
  if (!at) return null;
  if (userId && at.pathname === "/study/review") {
    return (
      <OfflineReview
        userId={userId}
        mode={at.searchParams.get("mode") === "practice" ? "practice" : "review"}
        deck={at.searchParams.get("deck") ?? undefined}
      />
    );
  }
  if (userId && at.pathname === "/study") return <OfflineDashboard userId={userId} />;
  return <NeedsConnection signedIn={!!userId} />;
}
