import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js config that proxy.ts may import: redirect rules only, no database,
 * no bcrypt. lib/auth.ts adds the Credentials provider on top.
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
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (isPublicPath(pathname)) return true;
      // API routes answer 401 themselves (a redirect would confuse fetch and background sync).
      if (pathname.startsWith("/api/")) return true;
      return !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role ?? "student";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        (session.user as { role?: string }).role = String(token.role ?? "student");
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
