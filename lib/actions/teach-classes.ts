"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/server/action";
import { createClass, removeStudent, restoreStudent, rotateJoinCode } from "@/lib/server/classes";
import { createClassSchema, rotateCodeSchema, studentActionSchema } from "@/lib/validation/classes";
import { formatJoinCode } from "@/lib/classes/join-code";

export const createClassAction = defineFormAction(
  { input: createClassSchema, access: "instructor" },
  async (input, actor) => {
    const cls = await createClass(actor, input);
    redirect(`/teach/classes/${cls.id}/roster?created=1`);
  },
);

export const rotateCodeAction = defineFormAction(
  { input: rotateCodeSchema, access: "teacher" },
  async (input, actor) => {
    const { joinCode } = await rotateJoinCode(actor, input);
    revalidatePath(`/teach/classes/${input.classId}`, "layout");
    return { ok: true, message: `New join code: ${formatJoinCode(joinCode)}. The old code no longer works.` };
  },
);

export const removeStudentAction = defineFormAction(
  { input: studentActionSchema, access: "teacher" },
  async (input, actor) => {
    await removeStudent(actor, input);
    revalidatePath(`/teach/classes/${input.classId}`, "layout");
    return { ok: true, message: "Removed from the class. Their own study data is kept." };
  },
);

export const restoreStudentAction = defineFormAction(
  { input: studentActionSchema, access: "teacher" },
  async (input, actor) => {
    await restoreStudent(actor, input);
    revalidatePath(`/teach/classes/${input.classId}`, "layout");
    return { ok: true, message: "Back in the class." };
  },
);
