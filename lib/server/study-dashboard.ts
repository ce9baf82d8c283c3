import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { loadStudyContext } from "@/lib/server/study-queue";
import { countDue } from "@/lib/srs/queue";
import { forecast, streak, weekStart } from "@/lib/srs/stats";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { addDays, daysBetween, startOfLocalDay, type DayKey } from "@/lib/time/local-day";
import { gradesSince } from "@/lib/server/study-cards";

/** As far back as the progress page's heatmap (lib/server/study-stats.ts), so both pages cap a streak alike. */
const STREAK_WEEKS = 53;
/** Most streaks are short: read this many days first, and the rest only when the streak reaches back that far. */
const FIRST_DAYS = 62;

/**
 * The study dashboard's numbers (/study): what is due and new, the grades done today, the
 * streak and the next due day, without the progress page's year of logs. Today's grades are
 * counted from the logs (one index range). The streak comes from the learner's ReviewDay rows
 * (written in each grade's transaction, lib/server/review-day.ts): a few small rows. A row's day
 * is the learner's local day in the zone they had when grading, so the streak is the progress
 * page's on the same data, except across a time-zone change (a grade counts on its day in the
 * zone it was made in) and for history from before the rollup's migration, which dated it by UTC
 * day (prisma/schema.prisma, ReviewDay).
 */
export async function getStudyDashboard(actor: Actor, opts: { now?: Date } = {}) {
  const ctx = await loadStudyContext(actor, opts);
  const { today } = ctx;
  const oldest = weekStart(addDays(today, -7 * (STREAK_WEEKS - 1)));
  let from = addDays(today, -FIRST_DAYS) > oldest ? addDays(today, -FIRST_DAYS) : oldest; // day keys compare as text
  let days = await activeDays(actor.id, from);
  let run = streak(days, today);
  if (from > oldest && run >= daysBetween(from, today)) {
    from = oldest; // the streak may go on before the first window
    days = await activeDays(actor.id, from);
    run = streak(days, today);
  }
  const states = ctx.cards.map((c) => c.state).filter((s): s is CardSnapshot => s !== null);
  return {
    today,
    counts: countDue(ctx.cards, { dueBy: ctx.dueBy, newLimit: ctx.newLimit }),
    reviewedToday: await gradesSince(actor.id, startOfLocalDay(today, ctx.settings.timeZone)),
    streak: run,
    forecast: forecast(states, ctx.settings.timeZone, today, 14),
  };
}

/** The learner's days with a grade not undone since `from` (only their own rows). */
async function activeDays(userId: string, from: DayKey) {
  const rows = await db.$queryRaw<{ day: string; reviews: number | bigint }[]>`
    SELECT "day", "reviews" FROM "ReviewDay" WHERE "userId" = ${userId} AND "day" >= ${from} AND "reviews" > 0`;
  return rows.map((r) => ({ day: r.day, reviews: Number(r.reviews), practice: 0 }));
}
