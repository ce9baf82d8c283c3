"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { setInstructor } from "@/lib/server/admin-users";
import { setRoleSchema } from "@/lib/validation/admin";

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
