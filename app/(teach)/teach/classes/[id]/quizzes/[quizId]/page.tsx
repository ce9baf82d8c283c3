import type { Metadata } from "next";
import Link from "next/link";
import { Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { BarChart } from "@/components/charts/bar-chart";
import { ClassHeader } from "@/components/teach/class-header";
import { StatTiles } from "@/components/teach/stat-tiles";
import { ItemAnalysisTable } from "@/components/teach/item-analysis";
import { AnalysisHelp } from "@/components/teach/analysis-help";
import { orNotFound } from "@/lib/server/page";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { gradeSyncStatus } from "@/lib/server/lti/grade-sync";
import { activityColumns } from "@/lib/server/lti/activity-columns";
import { LmsGradeSync } from "@/components/teach/lms-grade-sync";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { formatNumber, formatPercent } from "@/lib/classes/format";
import { quizResultsQuerySchema, type AttemptSet } from "@/lib/validation/classes";

export const metadata: Metadata = { title: "Quiz results" };

type Props = {
  params: Promise<{ id: string; quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const SETS: [AttemptSet, (rule: string) => string][] = [
  ["graded", (rule) => `Graded attempts (${rule})`],
  ["first", () => "First attempts"],
  ["all", () => "All attempts"],
];

export default async function QuizResultsPage({ params, searchParams }: Props) {
  const { id, quizId } = await params;
  const actor = await requireActor(`/teach/classes/${id}/quizzes/${quizId}`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const { attempts: selection } = quizResultsQuerySchema.parse(await searchParams);
  const r = await orNotFound(getQuizResults(actor, id, quizId, selection));
  const sync = await gradeSyncStatus(actor, id, quizId);
  const columns = sync ? await activityColumns(actor, id, quizId) : null;
  const pct = (v: number | null) => formatPercent(v === null ? null : v / (r.test.maxTotal || 1));
  return (
    <div className="space-y-4">
      <ClassHeader
        classId={id}
        back={{ href: `/teach/classes/${id}`, label: "Class progress" }}
        actions={
          <ButtonLink href={`/teach/quizzes/${quizId}`} variant="secondary">
            Edit quiz
          </ButtonLink>
        }
        name={r.quiz.title}
        lead={
          <>
            <Link
              href={`/teach/classes/${id}`}
              className="font-medium text-accent-700 hover:underline dark:text-accent-400"
            >
              {r.cls.name}
            </Link>{" "}
            · grading rule: {r.quiz.gradingRule} attempt{r.quiz.gradingRule === "average" ? "s averaged" : ""}
          </>
        }
      />
      {sync ? <LmsGradeSync classId={id} quizId={quizId} sync={sync} columns={columns} /> : null}
      <StatTiles
        stats={[
          { label: "Graded", value: `${r.graded}/${r.students}`, hint: "students with a grade" },
          { label: "Attempts analysed", value: r.test.attempts },
          { label: "Mean", value: pct(r.test.mean) },
          { label: "Median", value: pct(r.test.median) },
          { label: "Standard deviation", value: pct(r.test.sd), hint: "sample SD" },
          { label: "Internal consistency", value: formatPercent(r.test.alpha), hint: "Cronbach's alpha" },
          { label: "Skewness", value: formatNumber(r.test.skewness, 2), hint: "of the totals" },
          { label: "Kurtosis", value: formatNumber(r.test.kurtosis, 2), hint: "excess; normal = 0" },
          { label: "Error ratio", value: formatPercent(r.test.errorRatio), hint: "share of the SD that is noise" },
          { label: "Standard error", value: pct(r.test.standardError), hint: "a total ± this by chance" },
        ]}
      />
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Panel>
          <h2 className="font-semibold">Score distribution</h2>
          <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
            Each student&apos;s recorded grade (the {r.quiz.gradingRule} rule), in 10% bands.
          </p>
          <BarChart
            title="Students per grade band"
            bars={r.histogram.map((n, i) => ({
              label: `${i * 10}`,
              value: n,
              name: `grade ${i * 10}–${i === 9 ? 100 : i * 10 + 10}%`,
            }))}
            yLabel="students"
            xLabel="grade (%, band start)"
            integer
            height={170}
          />
        </Panel>
        <Panel>
          <h2 className="font-semibold">Which attempts are analysed</h2>
          <nav aria-label="Attempts analysed" className="mt-2 flex flex-wrap gap-2">
            {SETS.map(([key, label]) => (
              <Link
                key={key}
                href={`/teach/classes/${id}/quizzes/${quizId}${key === "graded" ? "" : `?attempts=${key}`}`}
                aria-current={selection === key ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-xl border px-3 text-sm font-semibold ${selection === key ? "border-accent-600 bg-accent-50 text-accent-700 dark:bg-accent-700/30 dark:text-accent-200" : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"}`}
              >
                {label(r.quiz.gradingRule)}
              </Link>
            ))}
          </nav>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            By default each student&apos;s attempt that the grading rule picks (
            {r.quiz.gradingRule === "average"
              ? "all of them, as the rule averages them"
              : `the ${r.quiz.gradingRule} one`}
            ). Moodle&apos;s report defaults to first attempts: later attempts build on earlier ones. With several
            attempts per student each counts as if a different student made it.
          </p>
        </Panel>
      </div>
      <Panel>
        <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">Item analysis</h2>
          <a
            href={`/api/classes/${id}/quizzes/${quizId}/export/item-analysis${selection === "graded" ? "" : `?attempts=${selection}`}`}
            className="inline-flex min-h-11 items-center rounded-xl border border-zinc-300 px-3 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Item analysis CSV
          </a>
        </div>
        <AnalysisHelp />
        {r.test.attempts ? (
          <ItemAnalysisTable items={r.items} />
        ) : (
          <p className="text-sm text-zinc-500">No submitted attempt yet.</p>
        )}
      </Panel>
    </div>
  );
}
