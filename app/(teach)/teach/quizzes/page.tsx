import type { Metadata } from "next";
import Link from "next/link";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { listMyQuizzes } from "@/lib/server/quiz-authoring";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { quizWindow } from "@/lib/quiz/rules";
import { formatDuration, formatWhen } from "@/lib/quiz/time-format";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Your quizzes" };

export default async function TeachQuizzesPage() {
  const actor = await requireActor("/teach/quizzes");
  if (!canTeach(actor)) return <InstructorsOnly />;
  const tz = actor.timeZone;
  const quizzes = await listMyQuizzes(actor);
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Your quizzes"
        lead="Assign quizzes to your classes; results appear on each class page."
        actions={
          <>
            {actor.role === "instructor" ? (
              <ButtonLink href="/teach/questions" variant="secondary">
                Your questions
              </ButtonLink>
            ) : null}
            <ButtonLink href="/teach/quizzes/new">New quiz</ButtonLink>
          </>
        }
      />
      {quizzes.length === 0 ? (
        <Panel>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            No quizzes yet. Create one for a class, pick questions from the bank (including generated ones with numbers
            of their own for each student), and set when it opens and closes.
          </p>
        </Panel>
      ) : (
        <ul className="space-y-3">
          {quizzes.map((q) => {
            const w = quizWindow(q, now);
            return (
              <li key={q.id}>
                <Panel>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{q.class?.name}</span>
                    <Badge tone={w === "open" ? "green" : "zinc"}>
                      {w === "open" ? "Open" : w === "upcoming" ? "Upcoming" : "Closed"}
                    </Badge>
                  </div>
                  <p className="mt-1 font-semibold">{q.title}</p>
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                    {[
                      count(q.questionCount, "question", "questions"),
                      q.timeLimitSec ? `${formatDuration(q.timeLimitSec)} limit` : null,
                      q.maxAttempts ? count(q.maxAttempts, "attempt", "attempts") : "unlimited attempts",
                      q.closeAt ? `closes ${formatWhen(q.closeAt, tz)}` : null,
                      `${q.submittedCount} submitted`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <div className="mt-2 flex gap-4 text-sm font-semibold">
                    <Link
                      href={`/teach/quizzes/${q.id}`}
                      className="inline-flex min-h-11 items-center text-accent-600 hover:underline dark:text-accent-400"
                    >
                      Edit
                    </Link>
                    {q.class ? (
                      <Link
                        href={`/teach/classes/${q.class.id}`}
                        className="inline-flex min-h-11 items-center text-accent-600 hover:underline dark:text-accent-400"
                      >
                        Results on the class page
                      </Link>
                    ) : null}
                  </div>
                </Panel>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
