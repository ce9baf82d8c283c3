"use server";

import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/server/action";
import { isAppError } from "@/lib/server/errors";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { saveAnswerSchema, startAttemptSchema, submitAttemptSchema } from "@/lib/validation/quiz";

/** Start (or resume) an attempt from the quiz page's form, then open it. */
export const startAttemptAction = defineFormAction(
  { input: startAttemptSchema, access: "user" },
  async (input, actor) => {
    const { attemptId } = await startAttempt(actor, input.quizId);
    redirect(`/quizzes/attempt/${attemptId}`);
  },
);

/**
 * One answer, saved as the student goes. A closed attempt (time up, or submitted in
 * another tab) is an outcome the page handles, not an error: it shows the message and
 * moves to the result. The reply carries nothing about correctness.
 */
export const saveAnswerAction = defineAction({ input: saveAnswerSchema, access: "user" }, async (input, actor) => {
  try {
    const { savedAt } = await saveAnswer(actor, input);
    return { kind: "saved" as const, savedAt: savedAt.toISOString() };
  } catch (e) {
    if (isAppError(e, "expired", "conflict")) return { kind: "closed" as const, message: e.message };
    // A value the question cannot take: the page drops it rather than retrying forever.
    if (isAppError(e, "invalid")) return { kind: "refused" as const, message: e.message };
    throw e;
  }
});

export const submitAttemptAction = defineAction(
  { input: submitAttemptSchema, access: "user" },
  async (input, actor) => {
    try {
      await submitAttempt(actor, input.attemptId);
      return { kind: "submitted" as const, resultUrl: `/quizzes/attempt/${input.attemptId}/result` };
    } catch (e) {
      if (isAppError(e, "expired"))
        return { kind: "closed" as const, message: e.message, resultUrl: `/quizzes/attempt/${input.attemptId}/result` };
      throw e;
    }
  },
);
