import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { endAllSessions, endSession } from "@/lib/server/sessions";
import { recordSignInFailure, signInWait, tooMany } from "@/lib/server/throttle";
import { hashPassword } from "@/lib/server/users";

/**
 * A new password, given the current one. The current password is checked under the same
 * throttle as sign-in (a stolen session must not become a way to guess it), and the change
 * ends every session of the account: the caller signs this device in again with the new one.
 */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; password: string },
  ip: string,
): Promise<{ ok: true } | { ok: false; field: "currentPassword"; message: string }> {
  assertSignedIn(actor);
  const wait = await signInWait(actor.email, ip);
  if (wait > 0) throw tooMany(wait);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await bcrypt.compare(input.currentPassword, user.passwordHash))) {
    await recordSignInFailure(actor.email, ip);
    return { ok: false, field: "currentPassword", message: "That is not your current password." };
  }
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(input.password) } });
  await endAllSessions(actor.id);
  return { ok: true };
}

/** Every device of this account is signed out on its next request, this one included. */
export async function signOutEverywhere(actor: Actor) {
  assertSignedIn(actor);
  await endAllSessions(actor.id);
}

/** This session token stops counting; the account's other devices stay signed in. */
export async function signOutThisSession(actor: Actor, session: { sid: string; at: number }) {
  assertSignedIn(actor);
  await endSession(actor.id, session.sid, session.at);
}
