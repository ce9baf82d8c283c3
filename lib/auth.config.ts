import type { NextAuthConfig, User } from "next-auth";
import type { JWT } from "next-auth/jwt";

/**
 * The part of the Auth.js config with no database and no bcrypt (what an edge or proxy
 * context may import). lib/auth.ts adds the Credentials provider on top.
 */

/** Paths anyone may open. Everything else needs a session. */
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/api/auth", "/api/health", "/experiments"];

export function isPublicPath(pathname: string) {
  return pathname === "/" || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p + "/"));
}

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  // The token carries only who signed in. The role (and everything else) is read from the
  // database on every request by currentActor, so a changed role applies at once.
  callbacks: {
    // Auth.js types `user` as always there, but it is passed only at sign-in.
    jwt({ token, user }: { token: JWT; user?: User }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid ?? "";
      return session;
    },
  },
} satisfies NextAuthConfig;
