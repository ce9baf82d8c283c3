"use server";

import { signIn, signOut } from "@/lib/auth";
import { defineFormAction, type FormState } from "@/lib/server/action";
import { requestIp } from "@/lib/server/client-ip";
import { acceptInvite, signUpWithInvite } from "@/lib/server/invites";
import { throttleSignUp } from "@/lib/server/throttle";
import { inviteTokenSchema } from "@/lib/validation/admin";
import { signUpSchema } from "@/lib/validation/auth";
import { passwordProblem } from "@/lib/validation/password-strength";

/**
 * Sign-up through an instructor invite: the same fields, checks and throttle as the plain
 * sign-up (lib/actions/auth.ts); the role comes from the invite, never from the form.
 */
export const signUpWithInviteAction = defineFormAction(
  { input: signUpSchema.extend(inviteTokenSchema.shape), access: "public" },
  async (input): Promise<FormState | undefined> => {
    const { name, email, password, timeZone, token } = input;
    const problem = passwordProblem(password, [email, name]);
    if (problem) return { ok: false, error: "Please fix the highlighted fields.", fieldErrors: { password: problem } };
    await throttleSignUp(await requestIp());
    await signUpWithInvite(token, { name, email, password, timeZone });
    await signIn("credentials", { email, password, redirectTo: "/teach" });
  },
);

/**
 * A signed-in student accepts the invite. Their role changes, so their sessions end (as with
 * every role change): they sign in again, straight into the instructor pages.
 */
export const acceptInviteAction = defineFormAction(
  { input: inviteTokenSchema, access: "user" },
  async (input, actor): Promise<FormState | undefined> => {
    await acceptInvite(actor, input.token);
    await signOut({ redirectTo: "/sign-in?callbackUrl=%2Fteach&promoted=1" });
    return undefined; // not reached: signOut ends the action with its redirect
  },
);
