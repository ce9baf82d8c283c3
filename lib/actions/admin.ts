"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { setInstructor } from "@/lib/server/admin-users";
import { createInvite, revokeInvite } from "@/lib/server/invites";
import { createInviteSchema, revokeInviteSchema, setRoleSchema } from "@/lib/validation/admin";

const roleName = (role: string) => (role === "instructor" ? "an instructor" : "a student");

export const setRoleAction = defineFormAction({ input: setRoleSchema, access: "admin" }, async (input, actor) => {
  const r = await setInstructor(actor, input.userId, input.role === "instructor");
  revalidatePath("/admin");
  if (!r.changed) return { ok: true, message: `${r.name} is already ${roleName(r.role)}.` };
  return {
    ok: true,
    message: `${r.name} is now ${roleName(r.role)} (signed out: the new role applies at their next sign-in).`,
  };
});

/** The link's path comes back as the message: it is shown once and never stored (only its hash is). */
export const createInviteAction = defineFormAction(
  { input: createInviteSchema, access: "admin" },
  async (input, actor) => {
    const invite = await createInvite(actor, input);
    revalidatePath("/admin/invites");
    return { ok: true, message: `/invite/${invite.token}` };
  },
);

export const revokeInviteAction = defineFormAction(
  { input: revokeInviteSchema, access: "admin" },
  async (input, actor) => {
    const r = await revokeInvite(actor, input.inviteId);
    revalidatePath("/admin/invites");
    return r.revoked
      ? { ok: true, message: "Withdrawn: the link no longer works." }
      : { ok: false, error: "That invite was already used, withdrawn or expired." };
  },
);
