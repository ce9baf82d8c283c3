import { z } from "zod";

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

export const passwordRules = "At least 8 characters, with a letter and a digit.";

const newPassword = z
  .string({ error: "Choose a password." })
  .min(8, `Password too weak: ${passwordRules}`)
  .max(200, "That password is too long (200 characters at most).")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), `Password too weak: ${passwordRules}`);

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email,
  password: newPassword,
  role: z.enum(ROLES, { error: "Choose “I study” or “I teach”." }),
  timeZone: z.string().max(64).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200),
});
