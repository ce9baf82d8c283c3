import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { QuestionActiveForm } from "@/components/teach/question-active-form";
import { listMyQuestions } from "@/lib/server/questions";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Your questions" };

const TYPE: Record<string, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  numeric: "Number",
  text: "Short text",
  ordering: "Ordering",
};

export default async function TeachQuestionsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireActor("/teach/questions");
  if (actor.role !== "instructor") return <InstructorsOnly lmsTeacher={actor.teachesClasses} />;
  const [{ saved }, questions] = await Promise.all([searchParams, listMyQuestions(actor)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Your questions"
        lead="Questions you write are yours: only you can see them and put them in your quizzes. The seeded bank stays available to every instructor."
        actions={<ButtonLink href="/teach/questions/new">New question</ButtonLink>}
      />
      {saved ? (
        <p
          role="status"
          className="mb-4 rounded-xl bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-200"
        >
          Question saved. Pick it for a quiz on{" "}
          <Link href="/teach/quizzes" className="font-semibold underline">
            Your quizzes
          </Link>
          .
        </p>
      ) : null}
      {questions.length === 0 ? (
        <Panel>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No questions of your own yet. Write one: single or multiple choice, a number, short text or an ordering,
            with an explanation students read after submitting.
          </p>
        </Panel>
      ) : (
        <ul className="space-y-3" aria-label="Your questions">
          {questions.map((q) => (
            <li key={q.id}>
              <Panel>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge>{TYPE[q.type] ?? q.type}</Badge>
                  {q.active ? null : <Badge tone="amber">Retired</Badge>}
                  <span className="text-xs text-zinc-500">
                    {q.points === 1 ? "1 point" : `${q.points} points`} · in{" "}
                    {q.quizCount === 1 ? "1 quiz" : `${q.quizCount} quizzes`}
                  </span>
                </div>
                <p className="mt-1 line-clamp-3 text-sm">{q.prompt}</p>
                <div className="mt-2 flex flex-wrap items-center gap-3 text-sm font-semibold">
                  <Link
                    href={`/teach/questions/${q.id}`}
                    className="inline-flex min-h-11 items-center text-accent-600 hover:underline dark:text-accent-400"
                  >
                    Edit
                  </Link>
                  <QuestionActiveForm questionId={q.id} active={q.active} />
                </div>
              </Panel>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
