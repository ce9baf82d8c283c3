"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { setPreferredName } from "@/lib/server/profile";
import { displayName } from "@/lib/display-name";
import { preferredNameSchema } from "@/lib/validation/profile";

export const savePreferredName = defineFormAction(
  { input: preferredNameSchema, access: "user" },
  async (input, actor) => {
    const saved = await setPreferredName(actor, input);
    revalidatePath("/study");
    revalidatePath("/account");
    return { ok: true, message: `Saved. We will call you ${displayName(saved)}.` };
  },
);
