"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/server/action";
import { addDeployments, registerPlatform, rotateKey } from "@/lib/server/lti/platforms";
import {
  classIdSchema,
  classQuizActivitySchema,
  classQuizSchema,
  platformIdSchema,
  platformSchema,
} from "@/lib/validation/lti";
import { linkQuizToActivityColumn } from "@/lib/server/lti/activity-columns";
import { linkQuizToLms } from "@/lib/server/lti/grade-sync";
import { syncClassRoster } from "@/lib/server/lti/roster";

export const registerPlatformAction = defineFormAction(
  { input: platformSchema, access: "admin" },
  async (input, actor) => {
    const p = await registerPlatform(actor, input);
    revalidatePath("/admin/lti");
    return { ok: true, message: `${p.name} is registered: its launches are accepted from now on.` };
  },
);

const deploymentsSchema = platformIdSchema.extend({ deploymentIds: platformSchema.shape.deploymentIds });

export const addDeploymentsAction = defineFormAction(
  { input: deploymentsSchema, access: "admin" },
  async (input, actor) => {
    const added = await addDeployments(actor, input.platformId, input.deploymentIds);
    revalidatePath("/admin/lti");
    return { ok: true, message: added === 0 ? "Those deployment ids were registered already." : `Added ${added}.` };
  },
);

export const rotateKeyAction = defineFormAction({ input: z.object({}), access: "admin" }, async (_input, actor) => {
  await rotateKey(actor);
  revalidatePath("/admin/lti");
  return { ok: true, message: "New signing key in use; the previous one stays published until the next rotation." };
});

export const linkQuizAction = defineFormAction({ input: classQuizSchema, access: "teacher" }, async (input, actor) => {
  const r = await linkQuizToLms(actor, input.classId, input.quizId);
  revalidatePath(`/teach/classes/${input.classId}/quizzes/${input.quizId}`);
  const what = r.queued === 1 ? "1 grade is" : `${r.queued} grades are`;
  return {
    ok: true,
    message: `${r.created ? "Added to the LMS gradebook" : "Already in the LMS gradebook"}: ${what} on the way.`,
  };
});

export const linkQuizToActivityAction = defineFormAction(
  { input: classQuizActivitySchema, access: "teacher" },
  async (input, actor) => {
    const r = await linkQuizToActivityColumn(actor, input.classId, input.quizId, input.activityId);
    revalidatePath(`/teach/classes/${input.classId}/quizzes/${input.quizId}`);
    const what = r.queued === 1 ? "1 grade is" : `${r.queued} grades are`;
    return { ok: true, message: `Grades go to the activity's gradebook column: ${what} on the way.` };
  },
);

export const syncRosterAction = defineFormAction({ input: classIdSchema, access: "teacher" }, async (input, actor) => {
  const r = await syncClassRoster(actor, input.classId);
  revalidatePath(`/teach/classes/${input.classId}/roster`);
  return {
    ok: true,
    message: `Roster synced: ${r.members} LMS members, ${r.enrolled} enrolled, ${r.removed} marked removed.`,
  };
});
