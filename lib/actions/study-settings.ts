"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { updateStudySettings } from "@/lib/server/study-settings";
import { studySettingsSchema } from "@/lib/validation/study";

export const saveStudySettings = defineFormAction(
  { input: studySettingsSchema, access: "user" },
  async (input, actor) => {
    const saved = await updateStudySettings(actor, input);
    revalidatePath("/study");
    return {
      ok: true,
      message: `Saved: retention ${saved.desiredRetention.toFixed(2)}, ${saved.newCardsPerDay} new cards a day, ${saved.timeZone}.`,
    };
  },
);
