import { z } from "zod";
import { isValidTimeZone } from "@/lib/time-zone";
import { RETENTION_MAX, RETENTION_MIN } from "@/lib/srs/scheduler";

const DAY = 86_400_000;
// An outbox may hold a grade through a long offline stretch; a clock far in the future is a bug.
const OLDEST_GRADE_DAYS = 60;
const CLOCK_SKEW_MS = DAY;

export const STUDY_MODES = ["review", "practice"] as const;

/** One grade from the review page. The id is made by the browser, so a retry stores it once. */
export const gradeSchema = z.object({
  id: z.uuid({ error: "The grade needs an id (a UUID) made by the app." }),
  cardId: z.string({ error: "Which card was graded?" }).min(1, "Which card was graded?").max(64),
  rating: z
    .number({ error: "Grade with Again (1), Hard (2), Good (3) or Easy (4)." })
    .int("Grade with Again (1), Hard (2), Good (3) or Easy (4).")
    .min(1, "Grade with Again (1), Hard (2), Good (3) or Easy (4).")
    .max(4, "Grade with Again (1), Hard (2), Good (3) or Easy (4)."),
  mode: z.enum(STUDY_MODES, { error: "Mode must be review or practice." }).default("review"),
  reviewedAt: z.iso
    .datetime({ offset: true, error: "reviewedAt must be an ISO date and time." })
    .transform((s) => new Date(s))
    .refine(
      (d) => d.getTime() <= Date.now() + CLOCK_SKEW_MS,
      "This grade is dated in the future; check the device clock.",
    )
    .refine(
      (d) => d.getTime() >= Date.now() - OLDEST_GRADE_DAYS * DAY,
      `Grades older than ${OLDEST_GRADE_DAYS} days are not accepted.`,
    ),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
});
export type GradeInput = z.output<typeof gradeSchema>;

export const undoSchema = z.object({ id: z.uuid({ error: "Which grade should be undone?" }) });
export type UndoInput = z.output<typeof undoSchema>;

export const sessionQuerySchema = z.object({
  mode: z.enum(STUDY_MODES).catch("review"),
  deck: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
});

export const studySettingsSchema = z.object({
  desiredRetention: z.coerce
    .number({ error: "Enter the retention you want, e.g. 0.90." })
    .min(RETENTION_MIN, `Choose a retention between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX.toFixed(2)}.`)
    .max(RETENTION_MAX, `Choose a retention between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX.toFixed(2)}.`),
  newCardsPerDay: z.coerce
    .number({ error: "Enter how many new cards a day, e.g. 20." })
    .int("Enter a whole number of new cards.")
    .min(0, "New cards a day cannot be negative.")
    .max(500, "At most 500 new cards a day."),
  timeZone: z
    .string({ error: "Choose your time zone." })
    .trim()
    .refine(isValidTimeZone, "Choose a time zone from the list."),
});
export type StudySettingsInput = z.output<typeof studySettingsSchema>;
