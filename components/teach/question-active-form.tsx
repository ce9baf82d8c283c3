"use client";

import { useActionState } from "react";
import { setQuestionActiveAction } from "@/lib/actions/questions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

/** Retire a question (gone from the picker, kept in quizzes that have it) or bring it back. */
export function QuestionActiveForm({ questionId, active }: { questionId: string; active: boolean }) {
  const [state, action, pending] = useActionState(setQuestionActiveAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {active ? "Retire" : "Restore"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
