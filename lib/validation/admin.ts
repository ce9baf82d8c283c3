import { z } from "zod";

const id = z.string({ error: "Missing id." }).min(1, "Missing id.").max(64);

/** An admin grants or removes the instructor role (admins themselves are made by `npm run admin:create`). */
export const setRoleSchema = z.object({
  userId: id,
  role: z.enum(["student", "instructor"], { error: "Choose student or instructor." }),
});

/** How long an invite link stays valid, in days (the form offers these). */
export const INVITE_DAYS = [1, 3, 7, 14, 30] as const;
export type InviteDays = (typeof INVITE_DAYS)[number];

/** An admin makes a single-use instructor invite, optionally for one email address. */
export const createInviteSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "That email is too long.")
    .refine(
      (v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
      "Enter an email like name@school.edu, or leave it empty.",
    )
    .prefault(""),
  note: z.string().trim().max(120, "Keep the note under 120 characters.").prefault(""),
  days: z.coerce
    .number({ error: "Choose how long the link stays valid." })
    .refine(
      (d): d is InviteDays => (INVITE_DAYS as readonly number[]).includes(d),
      "Choose how long the link stays valid.",
    ),
});
export type CreateInviteInput = z.output<typeof createInviteSchema>;

export const revokeInviteSchema = z.object({ inviteId: id });

/** The token from /invite/<token>: 43 base64url characters; anything else is not a link we made. */
export const inviteTokenSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "This invite link is not valid."),
});
