import { z } from "zod";
import { idSchema } from "@/lib/validation/classes";

/** The memory-model buttons: the learner's takes nothing; an instructor's names the class. */
export const noInputSchema = z.object({});
export const classJobSchema = z.object({ classId: idSchema });
