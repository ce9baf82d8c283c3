import { z } from "zod";
import { newPassword } from "@/lib/validation/password";

export { passwordRules } from "@/lib/validation/password";

/** What an account may do in class (an admin also teaches: see lib/server/actor.ts). */
export const ROLES = ["student", "instructor"] as const;
export type Role = (typeof ROLES)[number];

// z.email() rejects one-letter top-level domains; a plain shape check is kinder and enough
// (we never send mail to it, it is a login name).
const email = z
  .string({ error: "Enter your email." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email.")
  .max(254, "That email is too long.")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "Enter an email like name@school.edu.");

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email,
  password: newPassword,
  timeZone: z.string().max(64).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
  password: newPassword,
});
