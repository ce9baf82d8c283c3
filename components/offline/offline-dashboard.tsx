"use client";

import { useMemo } from "react";
import { PageHeader } from "@/components/ui/page";
import { buttonClass } from "@/components/ui/button";
import { StatTile } from "@/components/study/stat-tile";
import { offlineSession } from "@/lib/srs/study-snapshot";
import { useOutbox } from "@/components/review/use-outbox";
import { syncLabel } from "@/components/review/sync-status";
import { useOnline } from "@/components/offline/use-online";
import { useOfflineStudy } from "@/components/offline/use-offline-study";

const cards = (n: number) => `${n} ${n === 1 ? "card" : "cards"}`;

function lastSynced(iso: string) {
  return new Date(iso).toLocaleString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

export function NoSnapshot() {
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Nothing to review offline yet"
        lead="Open Study once while you are online: this device then keeps your cards for the next days."
      />
      <button
        type="button"
        onClick={() => window.location.reload()}
        className={buttonClass("primary", "min-h-12 w-full")}
      >
        Try again
      </button>
    </div>
  );
}

/**
 * /study without a connection: today's counts from the device's snapshot and waiting grades,
 * when it last synced, and the way into the offline review. Plain links (full page loads), so
 * each page comes from the service worker whether or not the connection is back.
 */
export function OfflineDashboard({ userId }: { userId: string }) {
  const data = useOfflineStudy(userId);
  const online = useOnline();
  const { status } = useOutbox(userId);
  const session = useMemo(
    () => (data?.snapshot ? offlineSession(data.snapshot, data.ops, { mode: "review", now: new Date() }) : null),
    [data],
  );
  if (!data) return null;
  if (!session || !data.snapshot) return <NoSnapshot />;
  const { counts } = session;
  return (
    <div>
      <p
        role="status"
        data-sync={status.state}
        className="mb-4 rounded-xl bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300"
      >
        {online
          ? status.pending
            ? syncLabel(status)
            : "Back online: everything is synced."
          : status.pending
            ? syncLabel(status)
            : "Offline"}{" "}
        · last synced {lastSynced(data.snapshot.syncedAt)}
      </p>
      <PageHeader
        title="Study"
        lead={counts.total ? "Your review for today is ready, offline." : "You are all caught up for today."}
      />
      <section
        aria-label="Today"
        className="rounded-3xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <dl className="grid grid-cols-3 gap-2 sm:gap-3">
          <StatTile
            label="Due"
            value={counts.learning + counts.review}
            tone="accent"
            hint={counts.learning ? `${counts.learning} learning` : "to review"}
          />
          <StatTile label="New" value={counts.new} tone="green" hint="to start" />
          <StatTile label="Waiting" value={status.pending} hint="grades to sync" />
        </dl>
        <div className="mt-4 grid gap-2 sm:grid-cols-[2fr_1fr]">
          {counts.total ? (
            <a href="/study/review" className={buttonClass("primary", "min-h-14 text-lg")}>
              Start review · {cards(counts.total)}
            </a>
          ) : (
            <p className="flex min-h-14 items-center justify-center rounded-xl bg-emerald-50 px-4 font-semibold text-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-200">
              Nothing due
            </p>
          )}
          <a href="/study/review?mode=practice" className={buttonClass("secondary", "min-h-14")}>
            Practice ahead
          </a>
        </div>
        {online ? (
          <a href="/study" className={buttonClass("ghost", "mt-2 w-full")}>
            Reload with the latest from the server
          </a>
        ) : null}
      </section>
    </div>
  );
}
