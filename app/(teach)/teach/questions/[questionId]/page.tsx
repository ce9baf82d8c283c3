import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { QuestionForm } from "@/components/teach/question-form";
import { getQuestionForEdit, listLinkableCards } from "@/lib/server/questions";
import { orNotFound } from "@/lib/server/page";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  const actor = await requireActor(`/teach/questions/${questionId}`);
  if (actor.role !== "instructor") return <InstructorsOnly lmsTeacher={actor.teachesClasses} />;
  const [q, cards] = await Promise.all([orNotFound(getQuestionForEdit(actor, questionId)), listLinkableCards(actor)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Edit question" />
      {q.answered ? (
        <p className="mb-4 rounded-xl bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          Students have already been given this question, so it can no longer change (their grades must stay as they
          were). Retire it and write a new one instead.
        </p>
      ) : null}
      <QuestionForm questionId={q.id} initial={q.values} cards={cards} locked={q.answered} />
    </div>
  );
}
