import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { QuizFacts, percent } from "@/components/quiz/quiz-facts";
import { StartAttemptForm } from "@/components/quiz/start-attempt-form";
import { getQuizOverview } from "@/lib/server/quiz";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";
import { formatWhen } from "@/lib/quiz/time-format";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const actor = await requireActor(`/quizzes/${quizId}`);
  const { timeZone } = actor;
  const quiz = await orNotFound(getQuizOverview(actor, quizId));
  const done = quiz.attempts.filter((a) => a.status === "submitted");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={quiz.title} lead={quiz.className ?? (quiz.isPractice ? "Practice" : undefined)} />
      {quiz.description ? <p className="mb-4 text-zinc-700 dark:text-zinc-300">{quiz.description}</p> : null}
      <Panel className="mb-4">
        <QuizFacts quiz={quiz} timeZone={timeZone} />
        <div className="mt-4">
          {quiz.inProgressId ? (
            <ButtonLink href={`/quizzes/attempt/${quiz.inProgressId}`} className="min-h-12 w-full sm:w-auto">
              Resume your attempt
            </ButtonLink>
          ) : quiz.canStart ? (
            <StartAttemptForm quizId={quiz.id} label={done.length ? "Start a new attempt" : "Start the quiz"} />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {quiz.window === "upcoming"
                ? `This quiz opens ${formatWhen(quiz.openAt!, timeZone)}.`
                : quiz.window === "closed"
                  ? "This quiz is closed."
                  : "You have used all your attempts."}
            </p>
          )}
          {quiz.timeLimitSec && quiz.canStart ? (
            <p className="mt-2 text-xs text-zinc-500">
              The clock starts when you press start and keeps running if you leave the page.
            </p>
          ) : null}
        </div>
      </Panel>
      {done.length ? (
        <Panel>
          <div className="mb-2 flex items-baseline justify-between">
            <h2 className="font-semibold">Your attempts</h2>
            {quiz.grade !== null ? (
              <span className="text-sm">
                Recorded: <strong>{percent(quiz.grade)}</strong>
              </span>
            ) : null}
          </div>
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {done.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/quizzes/attempt/${a.id}/result`}
                  className="flex min-h-12 items-center justify-between gap-3 py-2 hover:text-accent-600"
                >
                  <span className="text-sm">
                    Attempt {a.number} · {formatWhen(a.submittedAt!, timeZone)}{" "}
                    {a.autoSubmitted ? <Badge tone="amber">closed at the deadline</Badge> : null}
                  </span>
                  <span className="text-sm font-semibold tabular-nums">
                    {fmt(a.score)} / {fmt(a.maxScore)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}

const fmt = (n: number | null) => (n === null ? "–" : String(Math.round(n * 100) / 100));
