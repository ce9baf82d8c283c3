import type { Metadata } from "next";
import { OfflineShell } from "@/components/offline/offline-shell";
import { currentActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

/**
 * The offline shell. The service worker keeps this page (rendered for the signed-in learner,
 * with no study data in it) and serves it for any page it cannot fetch; in the browser it reads
 * the URL it stands in for and the device's own data (IndexedDB). Open to signed-out visitors
 * (the proxy lets /offline through): then it only says that the page needs a connection.
 */
export default async function OfflinePage() {
  const actor = await currentActor();
  return <OfflineShell userId={actor?.id ?? null} />;
}
