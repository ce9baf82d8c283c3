"use client";

import { useMemo } from "react";
import { ReviewSession } from "@/components/review/review-session";
import { offlineSession } from "@/lib/srs/study-snapshot";
import type { StudyMode } from "@/lib/srs/queue";
import { useOfflineStudy } from "@/components/offline/use-offline-study";
import { NoSnapshot } from "@/components/offline/offline-dashboard";

/**
 * /study/review without a connection: today's queue built on the device from the snapshot and
 * the grades still waiting (the same queue and scheduler code as the server), graded into the
 * same IndexedDB outbox. Previews come from the learner's own settings in the snapshot.
 */
export function OfflineReview({ userId, mode, deck }: { userId: string; mode: StudyMode; deck?: string }) {
  const data = useOfflineStudy(userId);
  const session = useMemo(
    () => (data?.snapshot ? offlineSession(data.snapshot, data.ops, { mode, deck, now: new Date() }) : null),
    [data, mode, deck],
  );
  if (!data) return null;
  if (!session) return <NoSnapshot />;
  return (
    <ReviewSession
      userId={userId}
      mode={mode}
      cards={session.cards}
      settings={session.settings}
      dueBy={session.dueBy.toISOString()}
      pendingApplied
    />
  );
}
