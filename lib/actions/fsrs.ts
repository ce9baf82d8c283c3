"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { requestMyFit } from "@/lib/server/fsrs-learner";
import { offerClassPrior, requestClassCalibration, requestClassFit } from "@/lib/server/fsrs-class";
import { classJobSchema, noInputSchema } from "@/lib/validation/fsrs";

/**
 * The memory-model buttons. Each only queues a background job (or offers a finished fit);
 * none of them fits anything while the request waits.
 */
const queued = (status: string, what: string) =>
  status === "running"
    ? `${what} is running now; reload in a moment to see the result.`
    : `${what} is queued; it runs in the background within a minute or so.`;

export const requestMyFitAction = defineFormAction({ input: noInputSchema, access: "user" }, async (_input, actor) => {
  const job = await requestMyFit(actor);
  revalidatePath("/study/settings");
  return { ok: true, message: queued(job.status, "Fitting your weights") };
});

export const requestClassFitAction = defineFormAction(
  { input: classJobSchema, access: "teacher" },
  async (input, actor) => {
    const job = await requestClassFit(actor, input.classId);
    revalidatePath(`/teach/classes/${input.classId}/memory`);
    return { ok: true, message: queued(job.status, "Fitting the class's weights") };
  },
);

export const requestClassCalibrationAction = defineFormAction(
  { input: classJobSchema, access: "teacher" },
  async (input, actor) => {
    const job = await requestClassCalibration(actor, input.classId);
    revalidatePath(`/teach/classes/${input.classId}/memory`);
    return { ok: true, message: queued(job.status, "Measuring the class's calibration") };
  },
);

export const offerClassPriorAction = defineFormAction(
  { input: classJobSchema, access: "teacher" },
  async (input, actor) => {
    const { students } = await offerClassPrior(actor, input.classId);
    revalidatePath(`/teach/classes/${input.classId}/memory`);
    return {
      ok: true,
      message: `Offered. ${students} student${students === 1 ? "" : "s"} will be checked in the background; those with fewer reviews than a full fit needs start from these weights.`,
    };
  },
);
