import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { Panel } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { ClassHeader } from "@/components/teach/class-header";
import { StatTiles } from "@/components/teach/stat-tiles";
import { ActivityChart, RetentionChart } from "@/components/teach/class-charts";
import { HardestCards, ProofsRun } from "@/components/teach/class-insights";
import { ClassQuizzes } from "@/components/teach/class-quizzes";
import { ProgressControls } from "@/components/teach/progress-controls";
import { ProgressTable } from "@/components/teach/progress-table";
import { Pagination } from "@/components/teach/pagination";
import { progressHref } from "@/components/teach/progress-url";
import { orNotFound } from "@/lib/server/page";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { formatPercent } from "@/lib/classes/format";
import { progressQuerySchema } from "@/lib/validation/classes";

export const metadata: Metadata = { title: "Class progress" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClassDashboardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/teach/classes/${id}`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const query = progressQuerySchema.parse(await searchParams);
  const d = await orNotFound(getClassDashboard(actor, id, query));
  const { summary } = d;
  const exports = (
    <>
      {/* Plain links: a file download, not a page navigation. */}
      <a href={`/api/classes/${id}/export/gradebook`} className={buttonClass("secondary")} download>
        Gradebook CSV
      </a>
      <a href={`/api/classes/${id}/export/progress`} className={buttonClass("secondary")} download>
        Progress CSV
      </a>
    </>
  );
  return (
    <div className="space-y-4">
      <ClassHeader classId={id} name={d.cls.name} current="progress" actions={exports} />
      <StatTiles
        stats={[
          { label: "Students", value: summary.students },
          { label: "Active this week", value: summary.activeThisWeek },
          { label: "Median retention", value: formatPercent(summary.medianRetention, 1, 0), hint: "last 30 days" },
          { label: "Reviews", value: summary.reviews30.toLocaleString("en"), hint: "last 30 days" },
          { label: "Due today", value: summary.dueToday.toLocaleString("en") },
          { label: "Overdue", value: summary.overdue.toLocaleString("en") },
        ]}
      />
      {summary.students === 0 ? (
        <Panel>
          <p className="text-zinc-600 dark:text-zinc-400">
            No students yet. Share the join code from{" "}
            <a
              href={`/teach/classes/${id}/roster`}
              className="font-semibold text-accent-700 underline dark:text-accent-400"
            >
              Roster &amp; join code
            </a>
            .
          </p>
        </Panel>
      ) : null}
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-2">
        <ActivityChart activity={d.activity} timeZone={d.timeZone} />
        <RetentionChart bands={d.retention} />
      </div>
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-3">
        <ClassQuizzes classId={id} quizzes={d.quizzes} students={summary.students} />
        <HardestCards cards={d.hardest} />
        <ProofsRun proofs={d.proofs} students={summary.students} />
      </div>
      <section id="students" aria-labelledby="students-heading" className="scroll-mt-16 space-y-3">
        <h2 id="students-heading" className="text-lg font-semibold">
          Students{" "}
          {query.q ? (
            <span className="font-normal text-zinc-500">
              matching “{query.q}” ({d.table.total})
            </span>
          ) : null}
        </h2>
        <p className="-mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Retention (true retention) and reviews cover the last 30 days; due and overdue follow each student&apos;s own
          calendar day.
        </p>
        <ProgressControls classId={id} query={query} />
        {d.table.rows.length ? (
          <ProgressTable classId={id} rows={d.table.rows} query={query} quizCount={d.quizzes.length} />
        ) : (
          <p className="text-sm text-zinc-500">{query.q ? "No student matches this search." : "No students yet."}</p>
        )}
        <Pagination
          page={d.table.page}
          pages={d.table.pages}
          total={d.table.total}
          href={(page) => progressHref(id, query, { page })}
        />
      </section>
    </div>
  );
}
