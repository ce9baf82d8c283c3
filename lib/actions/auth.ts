"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { auth, signIn, signOut } from "@/lib/auth";
import { signOutThisSession } from "@/lib/server/account";
import { currentActor } from "@/lib/server/session";
import { passwordProblem } from "@/lib/validation/password-strength";
import { defineFormAction, type FormState } from "@/lib/server/action";
import { requestIp } from "@/lib/server/client-ip";
import { throttleSignUp } from "@/lib/server/throttle";
import { createUser } from "@/lib/server/users";
import { signInMessage } from "@/lib/sign-in-message";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { safeReturnPath } from "@/lib/safe-return-path";

const withReturn = { callbackUrl: z.string().max(500).optional() };

/** Sign-up makes a student: the role is never read from the form (an admin grants instructor). */
export const signUpAction = defineFormAction(
  { input: signUpSchema.extend(withReturn), access: "public" },
  // Nothing to return: signIn ends the action with its redirect.
  async (input): Promise<FormState | undefined> => {
    const { name, email, password, timeZone } = input;
    // The common-password check runs here, on the server: its dictionaries are megabytes.
    const problem = passwordProblem(password, [email, name]);
    if (problem) return { ok: false, error: "Please fix the highlighted fields.", fieldErrors: { password: problem } };
    await throttleSignUp(await requestIp());
    await createUser({ name, email, password, timeZone }); // a taken email throws a conflict with its own message
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(input.callbackUrl, "/study") });
  },
);

/**
 * The password is checked in one place, the Credentials provider's authorize (lib/auth.ts),
 * which this action and POST /api/auth/callback/credentials both go through. One message for
 * an unknown email and a wrong password, so the form never says who has an account.
 */
export const signInAction = defineFormAction(
  { input: signInSchema.extend(withReturn), access: "public" },
  async (input): Promise<FormState | undefined> => {
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeReturnPath(input.callbackUrl, "/study"),
      });
    } catch (e) {
      if (e instanceof CredentialsSignin) return { ok: false, error: signInMessage(e.code) };
      if (e instanceof AuthError) return { ok: false, error: "We could not sign you in. Please try again." };
      throw e; // the success redirect
    }
  },
);

/**
 * Signs this device out: its session token stops counting on the server too (a copy of the
 * cookie is refused from now on), while the user's other devices stay signed in.
 * Not wrapped in defineFormAction: there is no input and no one to refuse (signing out is
 * always allowed), and a plain <form action> passes only FormData, not useActionState's pair.
 */
export async function signOutAction() {
  const [actor, session] = await Promise.all([currentActor(), auth()]);
  if (actor && typeof session?.sid === "string" && typeof session.at === "number") {
    await signOutThisSession(actor, { sid: session.sid, at: session.at });
  }
  await signOut({ redirectTo: "/" });
}
