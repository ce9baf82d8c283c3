import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { percent } from "@/components/quiz/quiz-facts";
import { listQuizzesForStudent, type StudentQuizSummary } from "@/lib/server/quiz";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { formatDuration, formatWhen } from "@/lib/quiz/time-format";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const actor = await requireActor("/quizzes");
  const { timeZone } = actor;
  const quizzes = await listQuizzesForStudent(actor);
  const practice = quizzes.filter((q) => q.isPractice);
  const assigned = quizzes.filter((q) => !q.isPractice);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Quizzes"
        lead="Graded on the server; every answer links to its card and its proof."
        actions={
          canTeach(actor) ? (
            <ButtonLink href="/teach/quizzes" variant="secondary">
              Author quizzes
            </ButtonLink>
          ) : undefined
        }
      />
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Practice</h2>
      <ul className="mb-8 space-y-3">
        {practice.map((q) => (
          <QuizCard key={q.id} quiz={q} timeZone={timeZone} />
        ))}
      </ul>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        From your classes
      </h2>
      {assigned.length ? (
        <ul className="space-y-3">
          {assigned.map((q) => (
            <QuizCard key={q.id} quiz={q} timeZone={timeZone} />
          ))}
        </ul>
      ) : (
        <Panel>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No class quizzes yet.{" "}
            {actor.role === "student" ? (
              <>
                When you{" "}
                <Link href="/classes" className="font-semibold underline">
                  join a class
                </Link>
                , its quizzes appear here.
              </>
            ) : (
              "Quizzes you assign to your classes appear on their class pages."
            )}
          </p>
        </Panel>
      )}
    </div>
  );
}

function QuizCard({ quiz: q, timeZone }: { quiz: StudentQuizSummary; timeZone: string }) {
  const status =
    q.inProgressId !== null ? (
      <Badge tone="accent">In progress</Badge>
    ) : q.window === "upcoming" ? (
      <Badge>Opens {formatWhen(q.openAt!, timeZone)}</Badge>
    ) : q.window === "closed" ? (
      <Badge>Closed</Badge>
    ) : q.attemptsLeft === 0 ? (
      <Badge>No attempts left</Badge>
    ) : (
      <Badge tone="green">Open</Badge>
    );
  const details = [
    count(q.questionCount, "question", "questions"),
    q.timeLimitSec ? `${formatDuration(q.timeLimitSec)} limit` : null,
    q.closeAt && q.window !== "closed" ? `due ${formatWhen(q.closeAt, timeZone)}` : null,
    q.maxAttempts !== null ? `${q.attemptsLeft} of ${count(q.maxAttempts, "attempt", "attempts")} left` : null,
  ].filter(Boolean);
  return (
    <li>
      <Link
        href={`/quizzes/${q.id}`}
        className="block rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-center gap-2">
          {q.className ? (
            <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{q.className}</span>
          ) : null}
          {status}
        </div>
        <p className="mt-1 font-semibold">{q.title}</p>
        {q.description ? (
          <p className="mt-1 line-clamp-2 text-sm text-zinc-700 dark:text-zinc-300">{q.description}</p>
        ) : null}
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{details.join(" · ")}</p>
        {q.grade !== null ? (
          <p className="mt-2 text-sm">
            {q.isPractice ? "Best score" : "Your grade"}: <strong>{percent(q.grade)}</strong>{" "}
            <span className="text-zinc-500">({count(q.attempts.length, "attempt", "attempts")})</span>
          </p>
        ) : null}
      </Link>
    </li>
  );
}
