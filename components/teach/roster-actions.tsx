"use client";

import { useActionState } from "react";
import { removeStudentAction, restoreStudentAction } from "@/lib/actions/teach-classes";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

/** Remove needs a second, explicit tap (a <details> works without JavaScript too). */
export function RemoveStudentForm({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const [state, action, pending] = useActionState(removeStudentAction, null);
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded-xl px-3 text-sm font-semibold text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950">
        Remove…
      </summary>
      <form
        action={action}
        className="mt-2 space-y-2 rounded-xl border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/50"
      >
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <p>
          {name} leaves the class and its dashboard. Their own cards, reviews and attempts are kept. They cannot rejoin
          with the code; you can add them back below.
        </p>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Removing…" : `Remove ${name}`}
        </Button>
        <FormStatus state={state} />
      </form>
    </details>
  );
}

export function RestoreStudentForm({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const [state, action, pending] = useActionState(restoreStudentAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Add ${name} back`}>
        {pending ? "Adding…" : "Add back"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
