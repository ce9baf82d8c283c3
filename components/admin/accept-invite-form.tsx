"use client";

import { useActionState } from "react";
import { acceptInviteAction } from "@/lib/actions/invites";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

/** A signed-in student takes up an instructor invite (then signs in again with the new role). */
export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, null);
  return (
    <form action={action} className="space-y-4">
      <FormError message={state && !state.ok ? state.error : undefined} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Accepting…" : "Accept and become an instructor"}
      </Button>
    </form>
  );
}
