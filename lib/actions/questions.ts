"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/action";
import { saveQuestion, setQuestionActive } from "@/lib/server/questions";
import { questionFormSchema } from "@/lib/validation/question";

/** Create or update one of the instructor's own questions, then list them with a "saved" note. */
export const saveQuestionAction = defineFormAction(
  { input: questionFormSchema, access: "instructor" },
  async (input, actor) => {
    const { questionId } = await saveQuestion(actor, input);
    revalidatePath("/teach/questions");
    redirect(`/teach/questions?saved=${questionId}`);
  },
);

const activeSchema = z.object({ questionId: z.string().min(1).max(64), active: z.enum(["true", "false"]) });

export const setQuestionActiveAction = defineFormAction(
  { input: activeSchema, access: "instructor" },
  async (input, actor) => {
    await setQuestionActive(actor, input.questionId, input.active === "true");
    revalidatePath("/teach/questions");
    return {
      ok: true,
      message: input.active === "true" ? "Back in the question picker." : "Retired: no longer offered for new quizzes.",
    };
  },
);
