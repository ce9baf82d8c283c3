"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { defineFormAction, type FormState } from "@/lib/server/action";
import { checkCredentials, createUser } from "@/lib/server/users";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { z } from "zod";
import { safeReturnPath } from "@/lib/safe-return-path";

const withReturn = { callbackUrl: z.string().max(500).optional() };

export const signUpAction = defineFormAction(
  { input: signUpSchema.extend(withReturn), access: "public" },
  // Nothing to return: signIn ends the action with its redirect.
  async (input): Promise<undefined> => {
    await createUser(input); // a taken email throws a conflict with its own message
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeReturnPath(input.callbackUrl, "/study"),
    });
  },
);

export const signInAction = defineFormAction(
  { input: signInSchema.extend(withReturn), access: "public" },
  async (input): Promise<FormState | undefined> => {
    const check = await checkCredentials(input.email, input.password);
    if (!check.ok) {
      return check.reason === "unknown_email"
        ? {
            ok: false,
            fieldErrors: { email: "No account uses this email. Check it, or sign up." },
            error: "We could not sign you in.",
          }
        : { ok: false, fieldErrors: { password: "Wrong password. Try again." }, error: "We could not sign you in." };
    }
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeReturnPath(input.callbackUrl, "/study"),
      });
    } catch (e) {
      if (e instanceof AuthError) return { ok: false, error: "We could not sign you in. Please try again." };
      throw e; // the success redirect
    }
  },
);

/**
 * Not wrapped in defineFormAction: there is no input and no one to refuse (signing out is
 * always allowed), and a plain <form action> passes only FormData, not useActionState's pair.
 */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
