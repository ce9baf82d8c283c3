"use server";

import { signIn, signOut } from "@/lib/auth";
import { defineFormAction, type FormState } from "@/lib/server/action";
import { changePassword, signOutEverywhere } from "@/lib/server/account";
import { requestIp } from "@/lib/server/client-ip";
import { currentActor } from "@/lib/server/session";
import { changePasswordSchema } from "@/lib/validation/auth";
import { passwordProblem } from "@/lib/validation/password-strength";

/** Changes the password, signs every other device out, and keeps this one in with a fresh session. */
export const changePasswordAction = defineFormAction(
  { input: changePasswordSchema, access: "user" },
  async (input, actor): Promise<FormState | undefined> => {
    const problem = passwordProblem(input.password, [actor.email, actor.name]);
    if (problem) return { ok: false, error: "Please fix the highlighted fields.", fieldErrors: { password: problem } };
    const result = await changePassword(actor, input, await requestIp());
    if (!result.ok)
      return {
        ok: false,
        error: "Please fix the highlighted fields.",
        fieldErrors: { [result.field]: result.message },
      };
    await signIn("credentials", {
      email: actor.email,
      password: input.password,
      redirectTo: "/account?password=changed",
    });
  },
);

/** Ends every session of the account, this device's too. No input, and always allowed for the signed-in user. */
export async function signOutEverywhereAction() {
  const actor = await currentActor();
  if (actor) await signOutEverywhere(actor);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}
