import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { getStudyOverview } from "@/lib/server/study-queue";
import { trueRetention } from "@/lib/srs/true-retention";
import { cardsByState, forecast, reviewsByDay, streak, weekStart } from "@/lib/srs/stats";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { addDays, startOfLocalDay } from "@/lib/time/local-day";

const HEATMAP_WEEKS = 53;
const RETENTION_DAYS = 30;

/** The learner's own progress: only their logs and states are read (actor.id in every query). */
export async function getStudyStats(actor: Actor, opts: { now?: Date } = {}) {
  const overview = await getStudyOverview(actor, opts);
  const { today, settings } = overview;
  const tz = settings.timeZone;
  const heatStart = weekStart(addDays(today, -7 * (HEATMAP_WEEKS - 1)));
  // Raw: up to a year of rows, and a model query costs ~3x the CPU per statement and more per row (issue 11).
  const logs = await db.$queryRaw<{ reviewedAt: Date; mode: string; rating: number; prevState: number }[]>`
    SELECT "reviewedAt", "mode", "rating", "prevState" FROM "ReviewLog"
    WHERE "userId" = ${actor.id} AND "undoneAt" IS NULL AND "reviewedAt" >= ${startOfLocalDay(heatStart, tz)}`;
  const days = reviewsByDay(logs, tz, heatStart, today);
  const retentionSince = startOfLocalDay(addDays(today, -(RETENTION_DAYS - 1)), tz);
  const states = overview.cards.map((c) => c.state).filter((s): s is CardSnapshot => s !== null);
  return {
    today,
    timeZone: tz,
    counts: overview.counts,
    reviewedToday: overview.reviewedToday,
    heatmap: days,
    totalReviews: days.reduce((n, d) => n + d.reviews, 0),
    streak: streak(days, today),
    retention: trueRetention(logs.filter((l) => l.reviewedAt >= retentionSince)),
    retentionDays: RETENTION_DAYS,
    desiredRetention: settings.desiredRetention,
    byState: cardsByState(overview.cards.length, states),
    forecast: forecast(states, tz, today, 14),
  };
}
