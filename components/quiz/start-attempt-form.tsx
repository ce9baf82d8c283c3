"use client";

import { useActionState } from "react";
import { startAttemptAction } from "@/lib/actions/quiz";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

/** Start or resume: a form, so it works before hydration and shows the server's refusal. */
export function StartAttemptForm({
  quizId,
  label,
  className = "",
}: {
  quizId: string;
  label: string;
  className?: string;
}) {
  const [state, action, pending] = useActionState(startAttemptAction, null);
  return (
    <form action={action} className={`space-y-2 ${className}`}>
      <input type="hidden" name="quizId" value={quizId} />
      <FormError message={state?.error} />
      <Button type="submit" disabled={pending} className="min-h-12 w-full sm:w-auto">
        {pending ? "Opening…" : label}
      </Button>
    </form>
  );
}
