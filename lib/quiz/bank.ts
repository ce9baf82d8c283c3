import { z } from "zod";
import { optionSchema, toleranceSchema } from "@/lib/quiz/question-types";
import { GENERATORS } from "@/lib/quiz/generators";
import { normalizeText } from "@/lib/quiz/normalize";

/**
 * The question bank file (content/<deck>/questions.json): parsed and validated in full
 * before the seed writes anything, and every error names the file and the question.
 *
 * { "questions": [...], "quizzes": [...] }. Every question has a stable `key` (progress and
 * answers hang on it: never rename), `type`, `card` (a card key of the deck; its experiment
 * is the default `experiment`), `prompt` and `explanation` (Markdown, $math$), `points`.
 * Per type: single/multiple → `options: [{id, text, correct?}]`; numeric → `answer`,
 * `unit?`, `tolerance: {abs?, rel?}`; text → `accepted: [...]`, `hint?`; ordering →
 * `items` listed in the CORRECT order (the seed stores them scrambled), `firstLabel`,
 * `lastLabel`; generated → `generator` with key "gen:<generator>". A quiz lists question
 * keys; content quizzes (e.g. "practice") are open to everyone signed in.
 */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by '-'");
const choice = optionSchema.extend({ correct: z.boolean().optional() });

const common = {
  key: slug,
  card: slug,
  /** defaults to the card's experiment */
  experiment: slug.optional(),
  points: z.number().positive().max(10).default(1),
  prompt: z.string().min(1, "the prompt is empty"),
  explanation: z.string().min(20, "every question needs an explanation (20+ characters)"),
};

const uniqueIds = (opts: { id: string }[]) => new Set(opts.map((o) => o.id)).size === opts.length;

const questionSchema = z.discriminatedUnion("type", [
  z
    .object({ ...common, type: z.literal("single"), options: z.array(choice).min(2).max(8) })
    .refine((q) => q.options.filter((o) => o.correct).length === 1, {
      message: "a single-choice question needs exactly one correct option",
      path: ["options"],
    }),
  z
    .object({ ...common, type: z.literal("multiple"), options: z.array(choice).min(3).max(8) })
    .refine((q) => q.options.some((o) => o.correct) && q.options.some((o) => !o.correct), {
      message: "a multiple-choice question needs at least one correct and one wrong option",
      path: ["options"],
    }),
  z.object({
    ...common,
    type: z.literal("numeric"),
    answer: z.number(),
    unit: z.string().max(20).optional(),
    tolerance: toleranceSchema,
  }),
  z
    .object({
      ...common,
      type: z.literal("text"),
      accepted: z.array(z.string()).min(1),
      hint: z.string().max(120).optional(),
    })
    .refine((q) => q.accepted.every((a) => normalizeText(a).length > 0), {
      message: "an accepted answer is empty after normalization",
      path: ["accepted"],
    }),
  z.object({
    ...common,
    type: z.literal("ordering"),
    items: z.array(optionSchema).min(3).max(8),
    firstLabel: z.string().min(1),
    lastLabel: z.string().min(1),
  }),
  z
    .object({
      ...common,
      key: z.string().regex(/^gen:[a-z0-9-]+$/, "generated questions use the key 'gen:<generator>'"),
      type: z.literal("generated"),
      generator: z.string(),
    })
    .refine((q) => GENERATORS.has(q.generator), { message: "no such generator", path: ["generator"] })
    .refine((q) => q.key === `gen:${q.generator}`, {
      message: "the key must be 'gen:' + the generator id",
      path: ["key"],
    }),
]);
export type BankQuestion = z.infer<typeof questionSchema>;

const quizSchema = z.object({
  key: slug,
  title: z.string().min(1).max(120),
  description: z.string().max(1000).default(""),
  questions: z.array(z.string()).min(1),
  shuffleQuestions: z.boolean().default(false),
  shuffleOptions: z.boolean().default(true),
  layout: z.enum(["one", "all"]).default("one"),
});
export type BankQuiz = z.infer<typeof quizSchema>;

/** A Question row's fields as the seed writes them. */
export type StoredQuestionInput = {
  key: string;
  type: string;
  prompt: string;
  data: string;
  answer: string;
  explanation: string;
  cardKey: string;
  experimentSlug: string | null;
  points: number;
};

export function toStored(q: BankQuestion, experimentOfCard: string | null): StoredQuestionInput {
  const base = {
    key: q.key,
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    cardKey: q.card,
    experimentSlug: q.experiment ?? experimentOfCard,
    points: q.points,
  };
  const options = (opts: { id: string; text: string }[]) => opts.map(({ id, text }) => ({ id, text }));
  switch (q.type) {
    case "single":
      return {
        ...base,
        data: JSON.stringify({ options: options(q.options) }),
        answer: JSON.stringify(q.options.find((o) => o.correct)!.id),
      };
    case "multiple":
      return {
        ...base,
        data: JSON.stringify({ options: options(q.options) }),
        answer: JSON.stringify(q.options.filter((o) => o.correct).map((o) => o.id)),
      };
    case "numeric":
      return {
        ...base,
        data: JSON.stringify({ unit: q.unit, tolerance: q.tolerance }),
        answer: JSON.stringify(q.answer),
      };
    case "text":
      return { ...base, data: JSON.stringify({ hint: q.hint }), answer: JSON.stringify(q.accepted) };
    case "ordering":
      // The file lists items in the correct order; the data keeps them in a fixed scrambled order.
      return {
        ...base,
        data: JSON.stringify({
          items: [...q.items].sort((a, b) => a.id.localeCompare(b.id)),
          firstLabel: q.firstLabel,
          lastLabel: q.lastLabel,
        }),
        answer: JSON.stringify(q.items.map((i) => i.id)),
      };
    case "generated":
      return { ...base, data: JSON.stringify({ generator: q.generator }), answer: "null" };
  }
}

export type ParsedBank = { questions: StoredQuestionInput[]; quizzes: BankQuiz[] };

/** `cards` maps each card key of the deck to its experiment slug. */
export function parseQuestionBank(file: string, text: string, cards: Map<string, string | null>): ParsedBank {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const top = z
    .object({ questions: z.array(z.unknown()).min(1), quizzes: z.array(z.unknown()).default([]) })
    .safeParse(raw);
  if (!top.success) throw new Error(`${file}: expected { "questions": [...], "quizzes": [...] }`);
  const seen = new Set<string>();
  const questions = top.data.questions.map((entry, i) => {
    const key =
      typeof entry === "object" && entry !== null && "key" in entry && typeof entry.key === "string" ? entry.key : null;
    const label = `${file}: question ${key === null ? "" : `'${key}'`} (#${i + 1})`;
    const parsed = questionSchema.safeParse(entry);
    if (!parsed.success)
      throw new Error(
        `${label} is not valid:\n${parsed.error.issues.map((x) => `  ${x.path.join(".") || "(question)"}: ${x.message}`).join("\n")}`,
      );
    const q = parsed.data;
    if (seen.has(q.key)) throw new Error(`${label}: the key is used twice`);
    seen.add(q.key);
    if (!cards.has(q.card)) throw new Error(`${label}: card '${q.card}' is not a card of this deck`);
    if ("options" in q && !uniqueIds(q.options)) throw new Error(`${label}: two options share an id`);
    if (q.type === "ordering" && !uniqueIds(q.items)) throw new Error(`${label}: two items share an id`);
    return toStored(q, cards.get(q.card) ?? null);
  });
  const quizzes = top.data.quizzes.map((entry, i) => {
    const parsed = quizSchema.safeParse(entry);
    if (!parsed.success)
      throw new Error(
        `${file}: quiz #${i + 1} is not valid:\n${parsed.error.issues.map((x) => `  ${x.path.join(".")}: ${x.message}`).join("\n")}`,
      );
    const missing = parsed.data.questions.filter((k) => !seen.has(k));
    if (missing.length)
      throw new Error(`${file}: quiz '${parsed.data.key}' lists unknown question(s) ${missing.join(", ")}`);
    return parsed.data;
  });
  return { questions, quizzes };
}
