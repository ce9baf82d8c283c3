import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth.config";
import { authorizeSignIn } from "@/lib/server/sign-in";

/** A throttled sign-in: the code says how many minutes to wait (lib/sign-in-message.ts words it). */
class ThrottledSignIn extends CredentialsSignin {
  constructor(waitMs: number) {
    super();
    this.code = `too_many_${Math.max(1, Math.ceil(waitMs / 60_000))}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // The one place a password is checked: the sign-in server action and
      // POST /api/auth/callback/credentials both arrive here, with the request's headers.
      async authorize(raw, request) {
        const result = await authorizeSignIn(raw, request.headers);
        if (result.kind === "wait") throw new ThrottledSignIn(result.ms);
        return result.kind === "ok" ? result.user : null;
      },
    }),
  ],
});
