import { NextResponse } from "next/server";
import { defineRoute } from "@/lib/server/route";
import { recordExperimentRun } from "@/lib/server/experiments";
import { limitPerUser } from "@/lib/server/throttle";
import { experimentRunSchema } from "@/lib/validation/experiments";

/** A finished proof run from the browser. Retrying with the same id stores it once (201 first, 200 after). */
export const POST = defineRoute({ input: experimentRunSchema, access: "user" }, async (input, actor) => {
  await limitPerUser(actor, "experimentRuns"); // a generous per-user rate (README › Limits)
  const run = await recordExperimentRun(actor, input);
  return NextResponse.json(run, { status: run.created ? 201 : 200 });
});
