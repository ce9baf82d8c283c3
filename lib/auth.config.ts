import type { NextAuthConfig } from "next-auth";

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
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) session.user.id = String(token.uid ?? "");
      return session;
    },
  },
} satisfies NextAuthConfig;
