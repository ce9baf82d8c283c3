"use client";

import { useActionState } from "react";
import { rotateCodeAction } from "@/lib/actions/teach-classes";
import { Button } from "@/components/ui/button";
import { CodeLifetimeSelect } from "@/components/teach/code-lifetime-select";
import { FormStatus } from "@/components/teach/form-status";

export function RotateCodeForm({ classId }: { classId: string }) {
  const [state, action, pending] = useActionState(rotateCodeAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="classId" value={classId} />
      <div className="grid items-end gap-3 sm:grid-cols-[1fr_auto]">
        <CodeLifetimeSelect id="rotate-code-lifetime" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Making a new code…" : "New join code"}
        </Button>
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        The old code stops working at once. Students already in the class stay in it.
      </p>
      <FormStatus state={state} />
    </form>
  );
}
