"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";
import type { FormState } from "@/lib/server/action";

/** One button that queues a memory-model job (or offers a fit) and says what happened. */
export function JobButton({
  action,
  label,
  pendingLabel,
  classId,
  variant = "secondary",
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  label: string;
  pendingLabel: string;
  classId?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {classId ? <input type="hidden" name="classId" value={classId} /> : null}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
