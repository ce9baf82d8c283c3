import { z } from "zod";

const id = z.string({ error: "Missing id." }).min(1, "Missing id.").max(64);

/** An admin grants or removes the instructor role (admins themselves are made by `npm run admin:create`). */
export const setRoleSchema = z.object({
  userId: id,
  role: z.enum(["student", "instructor"], { error: "Choose student or instructor." }),
});
