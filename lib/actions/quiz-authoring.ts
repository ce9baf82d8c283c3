"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/server/action";
import { saveQuiz } from "@/lib/server/quiz-authoring";
import { quizFormSchema } from "@/lib/validation/quiz";

/** Create or update a quiz, then show it with a "saved" note. */
export const saveQuizAction = defineFormAction({ input: quizFormSchema, access: "teacher" }, async (input, actor) => {
  const { quizId } = await saveQuiz(actor, input);
  redirect(`/teach/quizzes/${quizId}?saved=1`);
});
