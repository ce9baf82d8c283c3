import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { QuizForm } from "@/components/quiz/authoring/quiz-form";
import { listMyClasses } from "@/lib/server/classes";
import { listQuestionBank } from "@/lib/server/quiz-authoring";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ searchParams }: { searchParams: Promise<{ classId?: string }> }) {
  const actor = await requireActor("/teach/quizzes/new");
  if (!canTeach(actor)) return <InstructorsOnly />;
  const [{ classId }, classes, bank] = await Promise.all([searchParams, listMyClasses(actor), listQuestionBank(actor)]);
  if (!classes.length) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title="New quiz" />
        <Panel>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            A quiz is assigned to a class. Create a class first.
          </p>
          <ButtonLink href="/teach" className="mt-3">
            Your classes
          </ButtonLink>
        </Panel>
      </div>
    );
  }
  const initial = {
    classId: classes.some((c) => c.id === classId) ? classId! : classes[0].id,
    title: "",
    description: "",
    openAt: "",
    closeAt: "",
    timeLimitMin: "",
    maxAttempts: "1",
    gradingRule: "highest",
    reviewPolicy: "after_submit",
    layout: "one",
    shuffleQuestions: true,
    shuffleOptions: true,
    questionIds: [],
  };
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New quiz" />
      <QuizForm initial={initial} classes={classes} bank={bank} attemptCount={0} timeZone={actor.timeZone} />
    </div>
  );
}
