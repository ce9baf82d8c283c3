"use client";

import { useActionState } from "react";
import { revokeInviteAction } from "@/lib/actions/admin";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

export function RevokeInviteForm({ inviteId, label }: { inviteId: string; label: string }) {
  const [state, action, pending] = useActionState(revokeInviteAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="inviteId" value={inviteId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Withdraw the invite ${label}`}>
        {pending ? "Withdrawing…" : "Withdraw"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
