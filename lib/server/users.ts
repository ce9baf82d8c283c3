import "server-only";
import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { conflict } from "@/lib/server/errors";
import { toActor, type Actor, type StoredRole } from "@/lib/server/actor";
import { safeTimeZone } from "@/lib/time-zone";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { isFirstAdmin } from "@/lib/first-admin";

// bcrypt cost 10: about 70 ms per hash in pure JS on these machines — slow for attackers, fine for sign-in.
const BCRYPT_COST = 10;

export const TAKEN_EMAIL = "An account with this email already exists. Sign in instead?";

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_COST);
}

export type NewUser = { name: string; email: string; password: string; timeZone?: string };

/**
 * A new account, a student unless the caller (an invite, the admin command, a test) says
 * otherwise. Sign-up never passes a role: it is never read from a form. The one exception is
 * the first admin: ADMIN_EMAIL signing up while no admin exists (lib/first-admin.ts).
 */
export async function createUser(input: NewUser & { role?: StoredRole }): Promise<Actor> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw conflict(TAKEN_EMAIL);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role ?? ((await isFirstAdmin(db, input.email)) ? "admin" : "student"),
        passwordHash,
        timeZone: safeTimeZone(input.timeZone),
      },
    });
    return toActor(user);
  } catch (e) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
    if (isUniqueViolation(e)) throw conflict(TAKEN_EMAIL);
    throw e;
  }
}

/** A real cost-10 hash of a random secret, made once: what an unknown email's password is compared with. */
let dummyHash: Promise<string> | null = null;

export type CredentialCheck = { ok: true; actor: Actor; sessionVersion: number } | { ok: false };

/**
 * Is this the account's password? An unknown email and a wrong password give the same
 * answer, and take the same time: an unknown email is compared with a dummy hash of the same cost.
 */
export async function checkCredentials(email: string, password: string): Promise<CredentialCheck> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
    await bcrypt.compare(password, await dummyHash);
    return { ok: false };
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  return ok ? { ok: true, actor: toActor(user), sessionVersion: user.sessionVersion } : { ok: false };
}

/** The signed-in user's own profile; never another user's. */
export async function getProfile(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      preferredName: true,
      role: true,
      timeZone: true,
      desiredRetention: true,
      newCardsPerDay: true,
      createdAt: true,
    },
  });
}
