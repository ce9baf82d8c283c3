import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { QuizForm } from "@/components/quiz/authoring/quiz-form";
import { listMyClasses } from "@/lib/server/classes";
import { getQuizForEdit, listQuestionBank } from "@/lib/server/quiz-authoring";
import { canTeach } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";

export const metadata: Metadata = { title: "Edit quiz" };

export default async function EditQuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { quizId } = await params;
  const actor = await requireActor(`/teach/quizzes/${quizId}`);
  if (!canTeach(actor)) return <InstructorsOnly />;
  const [quiz, classes, bank, { saved }] = await Promise.all([
    orNotFound(getQuizForEdit(actor, quizId)),
    listMyClasses(actor),
    listQuestionBank(actor, { quizId }),
    searchParams,
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={quiz.title}
        lead={
          <Link
            href={`/teach/classes/${quiz.classId}`}
            className="-mx-1 inline-flex min-h-11 items-center px-1 font-semibold text-accent-700 hover:underline dark:text-accent-400"
          >
            See results on the class page →
          </Link>
        }
      />
      {saved ? (
        <p
          role="status"
          className="mb-4 rounded-xl bg-green-50 p-3 text-sm text-green-900 dark:bg-green-950 dark:text-green-100"
        >
          Saved. Students of the class see it on their Quizzes page{quiz.openAt ? " once it opens" : ""}.
        </p>
      ) : null}
      <QuizForm
        key={JSON.stringify(quiz)}
        initial={quiz}
        classes={classes}
        bank={bank}
        attemptCount={quiz.attemptCount}
        timeZone={quiz.timeZone}
      />
    </div>
  );
}
