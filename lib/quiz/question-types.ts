import { z } from "zod";

/**
 * The five ways a question is answered, as stored in Question.data / Question.answer (JSON
 * text) and as graded. Correctness lives ONLY in `answer`; `data` holds what a student may
 * see (options, unit, tolerance), so a leak of `data` reveals nothing.
 */
export const ANSWER_TYPES = ["single", "multiple", "numeric", "text", "ordering"] as const;
/** A stored question is one of the five, or a template whose instance is made per attempt. */
export const QUESTION_TYPES = [...ANSWER_TYPES, "generated"] as const;

export const optionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, "option ids are short lower-case slugs"),
  text: z.string().min(1).max(400),
});
export type Option = z.infer<typeof optionSchema>;

/** Absolute and/or relative tolerance; an answer within either one counts. */
export const toleranceSchema = z
  .object({ abs: z.number().min(0).optional(), rel: z.number().min(0).max(1).optional() })
  .default({});
export type Tolerance = z.infer<typeof toleranceSchema>;

export const choiceDataSchema = z.object({ options: z.array(optionSchema).min(2).max(8) });
export const numericDataSchema = z.object({ unit: z.string().max(20).optional(), tolerance: toleranceSchema });
export const textDataSchema = z.object({ hint: z.string().max(120).optional() });
export const orderingDataSchema = z.object({
  items: z.array(optionSchema).min(3).max(8),
  /** what the first and last positions mean, e.g. "fewest parameters" / "most parameters" */
  firstLabel: z.string().max(60),
  lastLabel: z.string().max(60),
});
export const generatedDataSchema = z.object({ generator: z.string().min(1) });

/** A question ready to grade: what the student saw plus the correct answer. */
export type GradableQuestion =
  | { type: "single"; options: Option[]; answer: string }
  | { type: "multiple"; options: Option[]; answer: string[] }
  | { type: "numeric"; unit?: string; tolerance: Tolerance; answer: number }
  | { type: "text"; hint?: string; answer: string[] }
  | { type: "ordering"; items: Option[]; firstLabel: string; lastLabel: string; answer: string[] };

/** A question as shown while an attempt is open: everything but the answer. */
export type ShownQuestion = GradableQuestion extends infer Q
  ? Q extends { answer: unknown }
    ? Omit<Q, "answer">
    : never
  : never;

/**
 * Parses only Question.data: the attempt page uses this, so it never even reads the
 * answer column from the database.
 */
export function parseShownQuestion(type: string, data: string): ShownQuestion {
  const d: unknown = JSON.parse(data);
  switch (type) {
    case "single":
    case "multiple":
      return { type, ...choiceDataSchema.parse(d) };
    case "numeric":
      return { type, ...numericDataSchema.parse(d) };
    case "text":
      return { type, ...textDataSchema.parse(d) };
    case "ordering":
      return { type, ...orderingDataSchema.parse(d) };
    default:
      throw new Error(`question type '${type}' needs its generated instance`);
  }
}

/** Parses a stored row's JSON into a gradable question; throws if the row is corrupt. */
export function parseStoredQuestion(type: string, data: string, answer: string): GradableQuestion {
  const d: unknown = JSON.parse(data);
  const a: unknown = JSON.parse(answer);
  switch (type) {
    case "single":
      return { type, ...choiceDataSchema.parse(d), answer: z.string().parse(a) };
    case "multiple":
      return { type, ...choiceDataSchema.parse(d), answer: z.array(z.string()).min(1).parse(a) };
    case "numeric":
      return { type, ...numericDataSchema.parse(d), answer: z.number().parse(a) };
    case "text":
      return { type, ...textDataSchema.parse(d), answer: z.array(z.string()).min(1).parse(a) };
    case "ordering":
      return { type, ...orderingDataSchema.parse(d), answer: z.array(z.string()).min(3).parse(a) };
    default:
      throw new Error(`question type '${type}' is not gradable without an instance`);
  }
}

/**
 * What a student may send back: an option id, a list of ids (multiple choice, ordering) or
 * typed text (numeric answers stay text until grading, so "1,024" is kept as typed).
 */
export const responseSchema = z.union([z.null(), z.string().max(300), z.array(z.string().max(40)).max(12)]);
export type QuizResponse = z.infer<typeof responseSchema>;

/** Does a response have the right shape for this question (ids that exist, no repeats)? */
export function responseFits(q: GradableQuestion, r: QuizResponse): boolean {
  if (r === null) return true;
  switch (q.type) {
    case "single":
      return typeof r === "string" && q.options.some((o) => o.id === r);
    case "multiple": {
      if (!Array.isArray(r)) return false;
      const ids = new Set(q.options.map((o) => o.id));
      return new Set(r).size === r.length && r.every((id) => ids.has(id));
    }
    case "ordering": {
      if (!Array.isArray(r) || r.length !== q.items.length) return false;
      const ids = new Set(q.items.map((o) => o.id));
      return new Set(r).size === r.length && r.every((id) => ids.has(id));
    }
    case "numeric":
    case "text":
      return typeof r === "string";
  }
}
