import { z } from "zod";
import { responseSchema } from "@/lib/quiz/question-types";
import { GRADING_RULES } from "@/lib/quiz/grading-rule";
import { QUIZ_LAYOUTS, REVIEW_POLICIES } from "@/lib/quiz/rules";

const id = z.string({ error: "Missing id." }).min(1, "Missing id.").max(64);

export const startAttemptSchema = z.object({ quizId: id });
export const saveAnswerSchema = z.object({ attemptId: id, quizItemId: id, response: responseSchema });
export const submitAttemptSchema = z.object({ attemptId: id });
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

/** A calendar date and a time of day that exist ("2026-02-30T10:00" and "…T24:00" do not). */
function isRealDateTime(v: string) {
  const [y, mo, d, h, mi] = (v.match(/\d+/g) ?? []).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return mo >= 1 && mo <= 12 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h <= 23 && mi <= 59;
}

const localDateTime = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v), "Use a date and time like 2026-12-01 09:30.")
  // A date that does not exist is an error, never read as "no time" (an empty close time
  // under review "after close" would show the answers at once).
  .refine((v) => v === "" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) || isRealDateTime(v), {
    message: "That date does not exist (check the day of the month and the time).",
  })
  .transform((v) => v || null);

/** "" → null, otherwise a whole number within bounds (form inputs arrive as text). */
const optionalInt = (min: number, max: number, label: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max),
      `${label} must be a whole number from ${min} to ${max}, or empty.`,
    )
    .transform((v) => (v === "" ? null : Number(v)));

/** An HTML checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/**
 * The instructor's quiz form. Chosen questions arrive as one checkbox per question named
 * "q:<questionId>" (FormData entries are flattened to one value per name), collected here.
 */
export const quizFormSchema = z.preprocess(
  (raw) => {
    const o = (raw ?? {}) as Record<string, unknown>;
    return {
      ...o,
      questionIds: Object.keys(o)
        .filter((k) => k.startsWith("q:") && o[k] === "on")
        .map((k) => k.slice(2)),
    };
  },
  z
    .object({
      /** empty when creating */
      quizId: z
        .string()
        .max(64)
        .optional()
        .transform((v) => v || undefined),
      classId: z.string({ error: "Choose a class." }).min(1, "Choose a class."),
      title: z
        .string({ error: "Give the quiz a title." })
        .trim()
        .min(1, "Give the quiz a title.")
        .max(120, "Keep the title under 120 characters."),
      description: z.string().trim().max(1000, "Keep the description under 1,000 characters.").default(""),
      openAt: localDateTime.prefault(""),
      closeAt: localDateTime.prefault(""),
      timeLimitMin: optionalInt(1, 600, "The time limit").prefault(""),
      maxAttempts: optionalInt(1, 50, "The attempt limit").prefault(""),
      gradingRule: z.enum(GRADING_RULES, { error: "Choose how attempts are graded." }),
      reviewPolicy: z.enum(REVIEW_POLICIES, { error: "Choose when students see the answers." }),
      layout: z.enum(QUIZ_LAYOUTS, { error: "Choose how questions are shown." }),
      shuffleQuestions: checkbox,
      shuffleOptions: checkbox,
      questionIds: z.array(z.string()).min(1, "Pick at least one question.").max(60, "Pick at most 60 questions."),
    })
    .refine((q) => !(q.openAt && q.closeAt) || q.openAt < q.closeAt, {
      message: "The close time must be after the open time.",
      path: ["closeAt"],
    })
    .refine((q) => q.reviewPolicy !== "after_close" || q.closeAt, {
      message: "“After the close time” needs a close time.",
      path: ["reviewPolicy"],
    }),
);
export type QuizFormInput = z.output<typeof quizFormSchema>;
