import { z } from "zod";

const url = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(500)
    .refine((s) => {
      try {
        const u = new URL(s);
        return (
          u.protocol === "https:" || (u.protocol === "http:" && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(u.hostname))
        );
      } catch {
        return false;
      }
    }, `The ${what} must be an https:// address (http:// only on this machine).`);

/** An admin registers an LMS (the values its LTI 1.3 tool configuration page shows). */
export const platformSchema = z.object({
  name: z.string().trim().min(1, "Give the LMS a name (for you).").max(100),
  issuer: url("issuer (platform id)"),
  clientId: z.string().trim().min(1, "Enter the client id the LMS gave the tool.").max(200),
  deploymentIds: z
    .string()
    .max(2000)
    .transform((s) => [...new Set(s.split(/[\s,]+/).filter(Boolean))])
    .refine((a) => a.length > 0, "Enter at least one deployment id.")
    .refine((a) => a.every((d) => d.length <= 255), "A deployment id is at most 255 characters."),
  authUrl: url("authentication request URL"),
  tokenUrl: url("access token URL"),
  jwksUrl: url("public keyset (JWKS) URL"),
});
export type PlatformInput = z.output<typeof platformSchema>;

export const platformIdSchema = z.object({ platformId: z.string().min(1, "Missing id.").max(64) });

export const classQuizSchema = z.object({
  classId: z.string().min(1, "Missing id.").max(64),
  quizId: z.string().min(1, "Missing id.").max(64),
});

/** An LMS activity's gradebook column, named by our row id (never by its URL). */
export const classQuizActivitySchema = classQuizSchema.extend({
  activityId: z.string().min(1, "Missing id.").max(64),
});

export const classIdSchema = z.object({ classId: z.string().min(1, "Missing id.").max(64) });
