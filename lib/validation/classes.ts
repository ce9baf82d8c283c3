import { z } from "zod";
import { JOIN_CODE_PATTERN, normalizeJoinCode } from "@/lib/classes/join-code";

/** Ids are cuids: letters and digits. Anything else is refused before it reaches a query. */
export const idSchema = z
  .string()
  .trim()
  .min(1, "Missing id.")
  .max(64)
  .regex(/^[a-z0-9]+$/i, "Not a valid id.");

/** How long a new (or rotated) join code stays valid; "never" keeps it until it is rotated. */
export const CODE_LIFETIMES = ["never", "1", "7", "30", "90"] as const;
const codeLifetime = z.enum(CODE_LIFETIMES, { error: "Choose how long the code stays valid." }).default("never");

export const createClassSchema = z.object({
  name: z
    .string({ error: "Name the class." })
    .trim()
    .min(1, "Name the class.")
    .max(80, "Keep the class name under 80 characters."),
  codeLifetime,
});
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const rotateCodeSchema = z.object({ classId: idSchema, codeLifetime });
export const studentActionSchema = z.object({ classId: idSchema, studentId: idSchema });

export const joinCodeSchema = z
  .string({ error: "Enter the join code from your instructor." })
  .transform(normalizeJoinCode)
  .refine((c) => c.length > 0, "Enter the join code from your instructor.")
  .refine(
    (c) => JOIN_CODE_PATTERN.test(c),
    "A join code has 8 letters and digits, like K7MP-2QXD (never 0, O, 1 or I).",
  );
export const joinClassSchema = z.object({ code: joinCodeSchema, via: z.enum(["form", "link"]).optional() });

/** Dashboard table state lives in the URL, so sorting and searching work without JavaScript. */
export const PROGRESS_SORTS = [
  "name",
  "studied",
  "due",
  "overdue",
  "retention",
  "reviews",
  "active",
  "proofs",
  "quiz",
] as const;
export type ProgressSort = (typeof PROGRESS_SORTS)[number];
export const PAGE_SIZE = 50;

// Bad URL parameters fall back to the defaults rather than failing the page.
export const progressQuerySchema = z.object({
  q: z.string().trim().max(80).catch("").default(""),
  sort: z.enum(PROGRESS_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

/** Which attempts feed a quiz's item analysis (see lib/server/class-quiz-results.ts). */
export const ATTEMPT_SETS = ["graded", "first", "all"] as const;
export type AttemptSet = (typeof ATTEMPT_SETS)[number];
export const quizResultsQuerySchema = z.object({ attempts: z.enum(ATTEMPT_SETS).catch("graded").default("graded") });
