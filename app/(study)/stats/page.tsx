import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, Panel } from "@/components/ui/page";
import { BarChart } from "@/components/charts/bar-chart";
import { SERIES_COLORS } from "@/components/charts/scale";
import { Heatmap } from "@/components/study/heatmap";
import { StatTile } from "@/components/study/stat-tile";
import { StateBreakdown } from "@/components/study/state-breakdown";
import { OutboxFlusher } from "@/components/study/outbox-flusher";
import { requireActor } from "@/lib/server/session";
import { getStudyStats } from "@/lib/server/study-stats";
import { getMyCalibration } from "@/lib/server/fsrs-learner";
import { CalibrationChart } from "@/components/fsrs/calibration-chart";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Progress" };

const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const weekday = (day: string) => WEEKDAY[new Date(`${day}T12:00:00Z`).getUTCDay()];

export default async function StatsPage() {
  const actor = await requireActor("/stats");
  const [s, calibration] = await Promise.all([getStudyStats(actor), getMyCalibration(actor)]);
  const retention = s.retention.rate === null ? "–" : `${Math.round(s.retention.rate * 100)}%`;
  return (
    <div>
      <OutboxFlusher userId={actor.id} />
      <PageHeader
        title="Your progress"
        lead={
          <>
            Days follow your time zone, {s.timeZone} (
            <Link href="/study/settings" className="underline">
              change
            </Link>
            ).
          </>
        }
      />
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 sm:gap-3">
        <StatTile
          label="Due today"
          value={s.counts.learning + s.counts.review}
          tone="accent"
          hint={`${s.reviewedToday} done today`}
        />
        <StatTile label="New today" value={s.counts.new} tone="green" hint={`${s.counts.newInDeck} not started`} />
        <StatTile
          label="Streak"
          value={count(s.streak, "day", "days")}
          tone="amber"
          hint="days in a row with a review"
        />
        <StatTile
          label="True retention"
          value={retention}
          hint={
            s.retention.total
              ? `${s.retention.passed} of ${count(s.retention.total, "review", "reviews")}, last ${count(s.retentionDays, "day", "days")} · aim ${Math.round(s.desiredRetention * 100)}%`
              : `no review-state cards graded in ${count(s.retentionDays, "day", "days")}`
          }
        />
      </dl>

      <Panel className="mt-4">
        <div className="mb-3 flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">Reviews this year</h2>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {count(s.totalReviews, "review", "reviews")} in total
          </span>
        </div>
        <Heatmap days={s.heatmap} today={s.today} />
      </Panel>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <Panel>
          <h2 className="mb-1 font-semibold">Due in the next 14 days</h2>
          <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">Today includes anything overdue.</p>
          <BarChart
            title="Cards due per day for the next 14 days"
            integer
            yLabel="cards due"
            xLabel="day of the month"
            bars={s.forecast.map((d, i) => ({
              label: i === 0 ? "Today" : i % 2 ? "" : String(Number(d.day.slice(8))),
              value: d.due,
              color: i === 0 ? SERIES_COLORS[1] : SERIES_COLORS[0],
              name: `${i === 0 ? "Today, " : ""}${weekday(d.day)} ${d.day}`,
            }))}
          />
        </Panel>
        <Panel>
          <h2 className="mb-3 font-semibold">Cards by state</h2>
          <StateBreakdown byState={s.byState} />
        </Panel>
      </div>

      <Panel className="mt-4">
        <h2 className="mb-1 font-semibold">How well your schedule predicts recall</h2>
        <p className="mb-3 text-xs text-zinc-500 dark:text-zinc-400">
          Every review of yours a day or more after the card&apos;s last grade. Your own weights were fitted on these
          same reviews, so the fair comparison (on reviews they never saw) is on the{" "}
          <Link href="/study/settings" className="underline">
            settings page
          </Link>
          .
        </p>
        <CalibrationChart report={calibration} inUseLabel="Your weights in use" />
      </Panel>
    </div>
  );
}
