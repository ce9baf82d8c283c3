"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/server/action";
import { joinClass } from "@/lib/server/class-membership";
import { requestIp } from "@/lib/server/client-ip";
import { joinClassSchema } from "@/lib/validation/classes";

export const joinClassAction = defineFormAction({ input: joinClassSchema, access: "user" }, async (input, actor) => {
  const { classId, className, already } = await joinClass(actor, input.code, new Date(), await requestIp());
  revalidatePath("/classes");
  // From a join link, land on the class list (the link page itself has nothing left to do).
  if (input.via === "link") redirect(`/classes?${already ? "already" : "joined"}=${classId}`);
  return { ok: true, message: already ? `You are already in ${className}.` : `You joined ${className}.` };
});
