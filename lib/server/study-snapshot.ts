import "server-only";
import type { Actor } from "@/lib/server/actor";
import { loadStudyContext } from "@/lib/server/study-queue";
import { reviewCardData } from "@/lib/server/study-review-page";
import { SNAPSHOT_DAYS, SNAPSHOT_VERSION, type StudySnapshot } from "@/lib/srs/study-snapshot";

/**
 * The learner's study snapshot for offline review (lib/srs/study-snapshot.ts): every card they
 * have started (its state decides when it is due) and the next new cards in deck order, enough
 * for SNAPSHOT_DAYS days at their daily limit. Only the actor's own states are read.
 */
export async function getStudySnapshot(actor: Actor, opts: { now?: Date } = {}): Promise<StudySnapshot> {
  const ctx = await loadStudyContext(actor, opts);
  let fresh = Math.max(0, ctx.newCardsPerDay) * SNAPSHOT_DAYS;
  const cards = ctx.cards.filter((c) => c.state !== null || fresh-- > 0);
  return {
    version: SNAPSHOT_VERSION,
    userId: actor.id,
    syncedAt: ctx.now.toISOString(),
    settings: {
      desiredRetention: ctx.settings.desiredRetention,
      timeZone: ctx.settings.timeZone,
      newCardsPerDay: ctx.newCardsPerDay,
    },
    introduced: { day: ctx.today, count: ctx.introducedToday },
    cards: cards.map(reviewCardData),
  };
}
