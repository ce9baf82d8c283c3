import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { percent } from "@/components/quiz/quiz-facts";
import { ResultItemCard } from "@/components/quiz/result-item";
import { getAttemptResult } from "@/lib/server/quiz-results";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";
import { formatWhen } from "@/lib/quiz/time-format";
import "katex/dist/katex.min.css";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Quiz result" };

const ruleWord: Record<string, string> = { highest: "best", last: "last", first: "first", average: "average" };

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await requireActor(`/quizzes/attempt/${attemptId}/result`);
  const { timeZone } = actor;
  const result = await orNotFound(getAttemptResult(actor, attemptId));
  if (result.attempt.status !== "submitted") {
    if (result.isOwner) redirect(`/quizzes/attempt/${attemptId}`);
    notFound();
  }
  const { attempt, quiz } = result;
  const score = attempt.score ?? 0;
  const max = attempt.maxScore ?? 0;
  const counts = result.items ? countVerdicts(result.items.map((i) => i.verdict)) : null;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={quiz.title}
        lead={`Attempt ${attempt.number}${attempt.submittedAt ? ` · ${formatWhen(attempt.submittedAt, timeZone)}` : ""}`}
      />
      <Panel className="mb-5">
        <div className="flex items-end justify-between gap-4">
          <div>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Your score</p>
            <p className="text-4xl font-bold tabular-nums" data-testid="score">
              {Math.round(score * 100) / 100} <span className="text-xl font-semibold text-zinc-500">/ {max}</span>
            </p>
          </div>
          <p className="text-2xl font-bold text-accent-600 tabular-nums dark:text-accent-400">
            {max ? percent(score / max) : "–"}
          </p>
        </div>
        {counts ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {counts.correct} correct · {counts.partial} partly right · {counts.wrong} wrong · {counts.unanswered} not
            answered
          </p>
        ) : null}
        {attempt.autoSubmitted ? (
          <p className="mt-2 text-sm text-amber-800 dark:text-amber-200">
            Time ran out: this attempt was closed at its deadline with the answers saved by then.
          </p>
        ) : null}
        {!quiz.isPractice && result.recordedGrade !== null && result.attemptCount > 1 ? (
          <p className="mt-2 text-sm">
            Recorded grade ({ruleWord[quiz.gradingRule] ?? quiz.gradingRule} of{" "}
            {count(result.attemptCount, "attempt", "attempts")}): <strong>{percent(result.recordedGrade)}</strong>
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-2">
          {result.isOwner ? (
            <ButtonLink href={`/quizzes/${quiz.id}`} className="min-h-12 flex-1 sm:flex-none">
              {quiz.isPractice ? "Try again" : "Back to the quiz"}
            </ButtonLink>
          ) : null}
          <ButtonLink href="/quizzes" variant="secondary" className="min-h-12 flex-1 sm:flex-none">
            All quizzes
          </ButtonLink>
        </div>
      </Panel>
      {result.items ? (
        <ol className="space-y-4" aria-label="Your answers, marked">
          {result.items.map((item) => (
            <ResultItemCard key={item.number} item={item} />
          ))}
        </ol>
      ) : (
        <Panel>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {quiz.reviewPolicy === "after_close" && quiz.closeAt
              ? `Correct answers and explanations appear after the quiz closes, ${formatWhen(quiz.closeAt, timeZone)}.`
              : "Your instructor shows scores only for this quiz."}
          </p>
        </Panel>
      )}
    </div>
  );
}

function countVerdicts(verdicts: string[]) {
  const c = { correct: 0, partial: 0, wrong: 0, unanswered: 0 };
  for (const v of verdicts) c[v as keyof typeof c]++;
  return c;
}
