import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Panel } from "@/components/ui/page";
import { formatPercent } from "@/lib/classes/format";

type Q = { id: string; title: string; gradingRule: string; closeAt: Date | null; graded: number; mean: number | null };

/** Assigned quizzes with their results; authoring lives on the quiz pages (/teach/quizzes). */
export function ClassQuizzes({ classId, quizzes, students }: { classId: string; quizzes: Q[]; students: number }) {
  return (
    <Panel>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Quizzes</h2>
        <ButtonLink href={`/teach/quizzes/new?classId=${classId}`} variant="secondary">
          Assign a quiz
        </ButtonLink>
      </div>
      {quizzes.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">No quiz is assigned to this class yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
          {quizzes.map((q) => (
            <li key={q.id}>
              <Link
                href={`/teach/classes/${classId}/quizzes/${q.id}`}
                className="flex min-h-11 items-center justify-between gap-3 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/50"
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words text-accent-700 dark:text-accent-400">{q.title}</span>
                  <span className="block text-xs text-zinc-500">
                    {q.graded}/{students} graded · grading rule: {q.gradingRule}
                  </span>
                </span>
                <span className="shrink-0 text-right">
                  <span className="block text-lg font-bold tabular-nums">{formatPercent(q.mean, 1, 0)}</span>
                  <span className="block text-xs text-zinc-500">class mean</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
