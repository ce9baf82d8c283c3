import { defineRoute } from "@/lib/server/route";
import { recordGrade } from "@/lib/server/study";
import { limitPerUser } from "@/lib/server/throttle";
import { gradeSchema } from "@/lib/validation/study";

/**
 * POST /api/reviews — one grade from the review page's outbox. Idempotent by the grade's
 * client-made id: a retry (after a timeout, a reload, an offline moment) stores nothing new
 * and gets the same answer.
 */
export const POST = defineRoute({ input: gradeSchema, access: "user" }, async (input, actor) => {
  await limitPerUser(actor, "reviews"); // a generous per-user rate (README › Limits)
  return recordGrade(actor, input);
});
