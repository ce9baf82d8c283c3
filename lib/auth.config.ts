import type { NextAuthConfig, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { SESSION_MAX_AGE_S } from "@/lib/session-revocations";

/**
 * The part of the Auth.js config with no database and no bcrypt (what an edge or proxy
 * context may import). lib/auth.ts adds the Credentials provider on top.
 */

/** Paths anyone may open. Everything else needs a session. */
const PUBLIC_PREFIXES = [
  "/sign-in",
  "/sign-up",
  "/invite",
  "/api/auth",
  "/api/health",
  "/experiments",
  "/lti",
  "/.well-known",
];

export function isPublicPath(pathname: string) {
  return pathname === "/" || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
}

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  trustHost: true,
  providers: [],
  // The token carries who signed in and what lets the server revoke it (lib/session-revocations.ts):
  // the account's session version then, an id of its own, and the sign-in time. The role (and
  // everything else) is read from the database on every request by currentActor.
  callbacks: {
    // Auth.js types `user` as always there, but it is passed only at sign-in.
    jwt({ token, user }: { token: JWT; user?: User }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
        token.at = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid ?? "";
      session.sv = token.sv;
      session.sid = token.sid;
      session.at = token.at;
      return session;
    },
  },
} satisfies NextAuthConfig;
