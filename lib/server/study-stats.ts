import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { getStudyOverview } from "@/lib/server/study-queue";
import { cardsByState, forecast, streak, weekStart, type HeatDay } from "@/lib/srs/stats";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { addDays, type DayKey } from "@/lib/time/local-day";

const HEATMAP_WEEKS = 53;
const RETENTION_DAYS = 30;

/**
 * The learner's own progress (only their rows are read: actor.id in every query). The heatmap,
 * the total, the streak and true retention come from the learner's ReviewDay rows (kept in each
 * grade's transaction and under undo, lib/server/review-day.ts): at most a year of small rows
 * instead of a year of logs. A row's day is the learner's local day in the zone they had when
 * grading, and history from before the rollup's migration is dated by UTC day
 * (prisma/schema.prisma, ReviewDay): only there, and across a time-zone change, can a grade sit
 * on another day than the logs would put it on in today's zone.
 */
export async function getStudyStats(actor: Actor, opts: { now?: Date } = {}) {
  const overview = await getStudyOverview(actor, opts);
  const { today, settings } = overview;
  const tz = settings.timeZone;
  const heatStart = weekStart(addDays(today, -7 * (HEATMAP_WEEKS - 1)));
  const rows = await db.$queryRaw<DayRow[]>`
    SELECT "day", "reviews", "practice", "base", "passed" FROM "ReviewDay"
    WHERE "userId" = ${actor.id} AND "day" >= ${heatStart} AND "day" <= ${today}`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days: HeatDay[] = [];
  for (let d = heatStart; d <= today; d = addDays(d, 1)) {
    const r = byDay.get(d);
    days.push({ day: d, reviews: r ? Number(r.reviews) : 0, practice: r ? Number(r.practice) : 0 });
  }
  const states = overview.cards.map((c) => c.state).filter((s): s is CardSnapshot => s !== null);
  return {
    today,
    timeZone: tz,
    counts: overview.counts,
    reviewedToday: overview.reviewedToday,
    heatmap: days,
    totalReviews: days.reduce((n, d) => n + d.reviews, 0),
    streak: streak(days, today),
    retention: retentionSince(rows, addDays(today, -(RETENTION_DAYS - 1))),
    retentionDays: RETENTION_DAYS,
    desiredRetention: settings.desiredRetention,
    byState: cardsByState(overview.cards.length, states),
    forecast: forecast(states, tz, today, 14),
  };
}

type DayRow = {
  day: DayKey;
  reviews: number | bigint;
  practice: number | bigint;
  base: number | bigint;
  passed: number | bigint;
};

/** True retention (lib/srs/true-retention.ts's rule) over the days from `first`, from the rollup's counts. */
function retentionSince(rows: DayRow[], first: DayKey) {
  let passed = 0;
  let total = 0;
  for (const r of rows) {
    if (r.day < first) continue;
    total += Number(r.base);
    passed += Number(r.passed);
  }
  return { rate: total ? passed / total : null, passed, total };
}
