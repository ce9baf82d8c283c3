import { BarChart } from "@/components/charts/bar-chart";
import { Panel } from "@/components/ui/page";
import { formatDay } from "@/lib/classes/format";
import { count } from "@/lib/plural";

const shortDay = (day: string) => formatDay(day).split(" ").slice(0, 2).join(" ");

/** Reviews per day over the last 30 days, labelled weekly so it stays readable on a phone. */
export function ActivityChart({
  activity,
  timeZone,
}: {
  activity: { day: string; count: number }[];
  timeZone: string;
}) {
  const total = activity.reduce((n, a) => n + a.count, 0);
  return (
    <Panel>
      <h2 className="font-semibold">Review activity</h2>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        {count(total, "review", "reviews")} in the last {count(activity.length, "day", "days")} · days in {timeZone}
      </p>
      <BarChart
        title={`Reviews per day, last ${activity.length} days`}
        bars={activity.map((a) => ({ label: shortDay(a.day), value: a.count, name: formatDay(a.day) }))}
        yLabel="reviews"
        xLabel={`day (${timeZone})`}
        integer
        labelEvery={7}
        height={170}
      />
    </Panel>
  );
}

export function RetentionChart({ bands }: { bands: { label: string; count: number }[] }) {
  const measured = bands.reduce((n, b) => n + b.count, 0);
  return (
    <Panel>
      <h2 className="font-semibold">True retention, last 30 days</h2>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        Students by share of review-state cards recalled ({count(measured, "student", "students")} with data). FSRS aims
        at 90%.
      </p>
      <BarChart
        title="Students by true retention band"
        bars={bands.map((b, i) => ({
          label: b.label,
          value: b.count,
          color: i >= 5 ? "#1f9e89" : i >= 4 ? "#6d5ae6" : i >= 3 ? "#e0712b" : "#d43f7a",
          name: `retention ${b.label}`,
        }))}
        yLabel="students"
        xLabel="true retention (%)"
        integer
        height={170}
      />
    </Panel>
  );
}
