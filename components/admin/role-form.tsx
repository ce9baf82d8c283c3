"use client";

import { useActionState } from "react";
import { setRoleAction } from "@/lib/actions/admin";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/teach/form-status";

/** Grant or remove the instructor role of one account (it is signed out, and back in with the new role). */
export function RoleForm({ userId, name, role }: { userId: string; name: string; role: "student" | "instructor" }) {
  const [state, action, pending] = useActionState(setRoleAction, null);
  const next = role === "student" ? "instructor" : "student";
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={next} />
      <Button
        type="submit"
        variant={next === "instructor" ? "primary" : "secondary"}
        disabled={pending}
        aria-label={`${next === "instructor" ? "Make" : "Remove"} ${name} ${next === "instructor" ? "an instructor" : "as instructor"}`}
      >
        {pending ? "Saving…" : next === "instructor" ? "Make instructor" : "Remove instructor"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
