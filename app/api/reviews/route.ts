import { defineRoute } from "@/lib/server/route";
import { recordGrade } from "@/lib/server/study";
import { gradeSchema } from "@/lib/validation/study";

/**
 * POST /api/reviews — one grade from the review page's outbox. Idempotent by the grade's
 * client-made id: a retry (after a timeout, a reload, an offline moment) stores nothing new
 * and gets the same answer.
 */
export const POST = defineRoute({ input: gradeSchema, access: "user" }, (input, actor) =>
  // The per-user rate (README › Limits) is counted inside the grade's own write (lib/server/grade-limit.ts).
  recordGrade(actor, input),
);
