import { z } from "zod";

/**
 * What a new password must be, as the forms say it. Client-safe: the common-password check
 * (lib/validation/password-strength.ts, megabytes of dictionaries) runs on the server only.
 */
export const passwordRules = "At least 8 characters, with a letter and a digit; not a common password.";

export const newPassword = z
  .string({ error: "Choose a password." })
  .min(8, `Password too weak: ${passwordRules}`)
  .max(200, "That password is too long (200 characters at most).")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), `Password too weak: ${passwordRules}`);
