import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { toActor, type Actor } from "@/lib/server/actor";
import { sessionIsLive } from "@/lib/session-revocations";

/**
 * The signed-in user, read once per request. The JWT says who; the database row (one read)
 * confirms the account still exists, supplies the current role, and says whether this token
 * still counts: signed out on its device, or issued before the account's sessions were ended
 * (sign out everywhere, a password or role change). A token that does not count is no session.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await sessionClaims();
  const id = session?.uid;
  if (!session || typeof id !== "string" || !id) return null;
  // One raw read (a model query costs ~3x the CPU of the same raw SELECT here, issue 11): this row
  // is read on every signed-in request. Quoted identifiers, the same SQL on SQLite and PostgreSQL.
  const rows = await db.$queryRaw<UserRow[]>`
    SELECT "id", "role", "name", "email", "timeZone", "desiredRetention", "fsrsWeights", "newCardsPerDay",
      "preferredName", "sessionVersion", "revokedSessions", "teachesClasses"
    FROM "User" WHERE "id" = ${id}`;
  const user = rows.at(0);
  if (!user || !sessionIsLive(session, user)) return null;
  return {
    ...toActor(user),
    preferredName: user.preferredName,
    study: {
      desiredRetention: user.desiredRetention,
      fsrsWeights: user.fsrsWeights,
      newCardsPerDay: user.newCardsPerDay,
    },
  };
});

type UserRow = {
  id: string;
  role: string;
  name: string;
  email: string;
  timeZone: string;
  desiredRetention: number;
  fsrsWeights: string | null;
  newCardsPerDay: number;
  preferredName: string;
  sessionVersion: number;
  revokedSessions: string;
  teachesClasses: boolean;
};

const COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The session cookie's claims (lib/auth.config.ts's jwt callback), decrypted with Auth.js's own
 * `decode` (same key derivation, algorithms and expiry check as `auth()`), or null. Not `auth()`
 * itself: for a route or a page it also re-encrypts a refreshed token that nothing sends back,
 * a second JWE and key derivation on every request (issue 11's profile of the grade path).
 */
async function sessionClaims() {
  const jar = await cookies();
  for (const name of COOKIES) {
    // Auth.js splits a large cookie into name.0, name.1, …; this app's token is small, but read both.
    const chunks = jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    const token = jar.get(name)?.value ?? chunks.map((c) => c.value).join("");
    if (!token) continue;
    try {
      return await decode({ token, secret: process.env.AUTH_SECRET ?? "", salt: name });
    } catch {
      return null; // forged, from another secret, or expired
    }
  }
  return null;
}

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
