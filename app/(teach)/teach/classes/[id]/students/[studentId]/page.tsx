import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Panel } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { BarChart } from "@/components/charts/bar-chart";
import { ClassHeader } from "@/components/teach/class-header";
import { StatTiles } from "@/components/teach/stat-tiles";
import { StudentCards } from "@/components/teach/student-cards";
import { RecentReviews, StudentQuizzes } from "@/components/teach/student-history";
import { orNotFound } from "@/lib/server/page";
import { getStudentDetail } from "@/lib/server/class-student";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { formatDay, formatPercent } from "@/lib/classes/format";
import { localDayKey } from "@/lib/time/local-day";

export const metadata: Metadata = { title: "Student" };

type Props = { params: Promise<{ id: string; studentId: string }> };

export default async function StudentDetailPage({ params }: Props) {
  const { id, studentId } = await params;
  const actor = await requireActor(`/teach/classes/${id}/students/${studentId}`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const d = await orNotFound(getStudentDetail(actor, id, studentId));
  const tz = d.student.timeZone;
  return (
    <div className="space-y-4">
      <ClassHeader
        classId={id}
        back={{ href: `/teach/classes/${id}`, label: "Class progress" }}
        name={d.student.name}
        lead={
          <>
            {d.student.email} · in{" "}
            <Link
              href={`/teach/classes/${id}`}
              className="font-medium text-accent-700 hover:underline dark:text-accent-400"
            >
              {d.cls.name}
            </Link>{" "}
            · times in {tz}
          </>
        }
      />
      <StatTiles
        stats={[
          {
            label: "True retention",
            value: formatPercent(d.retention.rate, 1, 0),
            hint: `${d.retention.passed}/${d.retention.total} in 30 days`,
          },
          { label: "Reviews", value: d.reviews30, hint: "last 30 days" },
          { label: "Cards studied", value: d.due.studied },
          { label: "Due today", value: d.due.due },
          { label: "Overdue", value: d.due.overdue },
          { label: "Proof runs", value: d.runs.length },
        ]}
      />
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-2">
        <Panel>
          <h2 className="font-semibold">Reviews per day</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Last 30 days, by the student&apos;s calendar.</p>
          <BarChart
            title={`${d.student.name}: reviews per day, last 30 days`}
            bars={d.activity.map((a) => ({
              label: formatDay(a.day).split(" ").slice(0, 2).join(" "),
              value: a.count,
              name: formatDay(a.day),
            }))}
            yLabel="reviews"
            xLabel="day"
            integer
            labelEvery={7}
            height={160}
          />
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">Quizzes</h2>
          <StudentQuizzes classId={id} quizzes={d.quizzes} attempts={d.attempts} timeZone={tz} />
        </Panel>
      </div>
      <Panel>
        <h2 className="mb-2 font-semibold">Cards</h2>
        <StudentCards cards={d.cards} timeZone={tz} />
      </Panel>
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-2">
        <Panel>
          <h2 className="mb-2 font-semibold">Latest 20 reviews</h2>
          <RecentReviews logs={d.recentLogs} timeZone={tz} />
        </Panel>
        <Panel>
          <h2 className="mb-2 font-semibold">Proofs run</h2>
          {d.runs.length ? (
            <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
              {d.runs.map((r) => (
                <li key={r.id} className="flex items-center justify-between gap-2 py-1.5">
                  <span>
                    <Link
                      href={`/experiments/${r.experimentSlug}`}
                      className="font-medium text-accent-700 hover:underline dark:text-accent-400"
                    >
                      {r.experimentSlug}
                    </Link>
                    <span className="block text-xs text-zinc-500">
                      {formatDay(localDayKey(r.createdAt, tz))} · {r.backend}
                    </span>
                  </span>
                  <Badge tone={r.verdict === "supported" ? "green" : r.verdict === "not_supported" ? "red" : "amber"}>
                    {r.verdict.replace("_", " ")}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-zinc-500">No proof run yet.</p>
          )}
        </Panel>
      </div>
    </div>
  );
}
