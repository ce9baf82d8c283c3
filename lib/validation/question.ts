import { z } from "zod";
import { ANSWER_TYPES } from "@/lib/quiz/question-types";
import { normalizeText } from "@/lib/quiz/normalize";

/**
 * The instructor's question form (all five answer types). Lists are typed one entry per line:
 * choice options with a leading "*" on the correct ones, accepted text answers, ordering
 * items in their correct order. Parsed here into the same shapes the content bank stores.
 */
const lines = (v: string) =>
  v
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const optionalNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max),
      `${label} must be a number from ${min} to ${max}, or empty.`,
    )
    .transform((v) => (v === "" ? undefined : Number(v)));

export const questionFormSchema = z
  .object({
    /** empty when creating */
    questionId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || undefined),
    type: z.enum(ANSWER_TYPES, { error: "Choose a question type." }),
    prompt: z
      .string({ error: "Write the question." })
      .trim()
      .min(1, "Write the question.")
      .max(4000, "Keep the question under 4,000 characters."),
    explanation: z
      .string({ error: "Explain the answer." })
      .trim()
      .min(20, "Explain the answer in a sentence or two (20+ characters): students read it after submitting.")
      .max(4000, "Keep the explanation under 4,000 characters."),
    points: z
      .string()
      .trim()
      .prefault("1")
      .refine(
        (v) => /^\d+(\.\d{1,2})?$/.test(v) && Number(v) > 0 && Number(v) <= 10,
        "Points must be a number above 0 and at most 10.",
      )
      .transform(Number),
    cardKey: z
      .string()
      .max(120)
      .optional()
      .transform((v) => v || null),
    options: z.string().max(4000).prefault(""),
    answer: z.string().trim().max(40).prefault(""),
    unit: z.string().trim().max(20, "Keep the unit under 20 characters.").prefault(""),
    tolAbs: optionalNumber("The absolute tolerance", 0, 1e12).prefault(""),
    tolPct: optionalNumber("The relative tolerance", 0, 100).prefault(""),
    accepted: z.string().max(4000).prefault(""),
    hint: z.string().trim().max(120, "Keep the hint under 120 characters.").prefault(""),
    items: z.string().max(4000).prefault(""),
    firstLabel: z.string().trim().max(60, "Keep the label under 60 characters.").prefault(""),
    lastLabel: z.string().trim().max(60, "Keep the label under 60 characters.").prefault(""),
  })
  .transform((f, ctx) => {
    const fail = (path: string, message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
      return z.NEVER;
    };
    const base = {
      questionId: f.questionId,
      prompt: f.prompt,
      explanation: f.explanation,
      points: f.points,
      cardKey: f.cardKey,
    };
    switch (f.type) {
      case "single":
      case "multiple": {
        const rows = lines(f.options).map((l) => ({ text: l.replace(/^\*\s*/, ""), correct: l.startsWith("*") }));
        const min = f.type === "single" ? 2 : 3;
        if (rows.length < min || rows.length > 8) return fail("options", `Give ${min} to 8 options, one per line.`);
        if (rows.some((r) => !r.text || r.text.length > 400))
          return fail("options", "Each option needs text (400 characters at most).");
        if (new Set(rows.map((r) => r.text)).size !== rows.length) return fail("options", "Two options are the same.");
        const right = rows.filter((r) => r.correct).length;
        if (f.type === "single" && right !== 1)
          return fail("options", "Mark exactly one option as correct with a * at the start of its line.");
        if (f.type === "multiple" && (right === 0 || right === rows.length)) {
          return fail(
            "options",
            "Mark at least one option correct and leave at least one wrong (a * starts each correct line).",
          );
        }
        return { ...base, type: f.type, options: rows };
      }
      case "numeric": {
        const answer = Number(f.answer.replace(/[\s,_]/g, ""));
        if (!f.answer || !Number.isFinite(answer))
          return fail("answer", "Give the correct answer as a number, like 1024 or 0.25.");
        return {
          ...base,
          type: f.type,
          answer,
          unit: f.unit || undefined,
          tolerance: { abs: f.tolAbs, rel: f.tolPct === undefined ? undefined : f.tolPct / 100 },
        };
      }
      case "text": {
        const accepted = lines(f.accepted);
        if (!accepted.length) return fail("accepted", "Give at least one accepted answer, one per line.");
        if (accepted.length > 20 || accepted.some((a) => a.length > 200))
          return fail("accepted", "At most 20 accepted answers of 200 characters each.");
        if (accepted.some((a) => !normalizeText(a)))
          return fail("accepted", "An accepted answer has no letters or digits, so nothing typed could match it.");
        return { ...base, type: f.type, accepted, hint: f.hint || undefined };
      }
      case "ordering": {
        const items = lines(f.items);
        if (items.length < 3 || items.length > 8)
          return fail("items", "Give 3 to 8 items, one per line, in the correct order.");
        if (items.some((t) => t.length > 400)) return fail("items", "Each item can be 400 characters at most.");
        if (new Set(items).size !== items.length) return fail("items", "Two items are the same.");
        if (!f.firstLabel) return fail("firstLabel", "Say what the first position means, e.g. “fewest parameters”.");
        if (!f.lastLabel) return fail("lastLabel", "Say what the last position means, e.g. “most parameters”.");
        return { ...base, type: f.type, items, firstLabel: f.firstLabel, lastLabel: f.lastLabel };
      }
    }
  });
export type QuestionFormInput = z.output<typeof questionFormSchema>;
