"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { joinClass } from "@/lib/server/class-membership";
import { joinClassSchema } from "@/lib/validation/classes";

export const joinClassAction = defineFormAction({ input: joinClassSchema, access: "user" }, async (input, actor) => {
  const { className, already } = await joinClass(actor, input.code);
  revalidatePath("/classes");
  return { ok: true, message: already ? `You are already in ${className}.` : `You joined ${className}.` };
});
