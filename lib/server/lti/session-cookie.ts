import "server-only";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SESSION_MAX_AGE_S } from "@/lib/session-revocations";

/**
 * The Auth.js session a launch starts: the same encrypted JWT, with the same claims
 * (lib/auth.config.ts), that a password sign-in produces, so currentActor() and revocation
 * treat it alike. Only its cookie attributes differ: over https it is
 * `SameSite=None; Secure; Partitioned`, so it is kept inside the LMS's iframe (Chromium sends
 * only partitioned cookies to a cross-site frame); over http (loopback, tests) it is Lax, which
 * works in a new window only (a browser refuses SameSite=None without Secure).
 */
export async function launchSessionCookie(userId: string, https: boolean): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true, name: true } });
  const name = https ? "__Secure-authjs.session-token" : "authjs.session-token";
  const token = {
    sub: userId,
    name: user.name,
    uid: userId,
    sv: user.sessionVersion,
    sid: crypto.randomUUID(),
    at: Date.now(),
  };
  const value = await encode({ token, secret, salt: name, maxAge: SESSION_MAX_AGE_S });
  const attrs = https ? "SameSite=None; Secure; Partitioned" : "SameSite=Lax";
  return `${name}=${value}; Path=/; HttpOnly; Max-Age=${SESSION_MAX_AGE_S}; ${attrs}`;
}
