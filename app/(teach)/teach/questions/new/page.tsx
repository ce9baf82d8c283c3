import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { InstructorsOnly } from "@/components/ui/instructors-only";
import { QuestionForm } from "@/components/teach/question-form";
import { listLinkableCards } from "@/lib/server/questions";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const actor = await requireActor("/teach/questions/new");
  if (actor.role !== "instructor") return <InstructorsOnly lmsTeacher={actor.teachesClasses} />;
  const cards = await listLinkableCards(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="New question"
        lead="Private to you and your classes. Students see the answer and explanation only when the quiz's review policy allows."
      />
      <QuestionForm initial={{ type: "single", points: "1" }} cards={cards} locked={false} />
    </div>
  );
}
