"use client";

import { useActionState } from "react";
import { addDeploymentsAction, rotateKeyAction } from "@/lib/actions/lti";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

export function AddDeploymentsForm({ platformId, name }: { platformId: string; name: string }) {
  const [state, action, pending] = useActionState(addDeploymentsAction, null);
  const id = `deployments-${platformId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="platformId" value={platformId} />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Add deployment ids to {name}
        </label>
        <input
          id={id}
          name="deploymentIds"
          className="block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Add
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function RotateKeyForm() {
  const [state, action, pending] = useActionState(rotateKeyAction, null);
  return (
    <form action={action} className="space-y-1">
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Rotating…" : "Rotate signing key"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
