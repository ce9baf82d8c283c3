import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { conflict } from "@/lib/server/errors";
import { toActor, type Actor } from "@/lib/server/actor";
import type { Role, SignUpInput } from "@/lib/validation/auth";
import { safeTimeZone } from "@/lib/time-zone";
import { isUniqueViolation } from "@/lib/server/prisma-errors";

// bcrypt cost 10: about 70 ms per hash in pure JS on these machines — slow for attackers, fine for sign-in.
const BCRYPT_COST = 10;

export function hashPassword(password: string) {
  return bcrypt.hash(password, BCRYPT_COST);
}

export async function createUser(input: SignUpInput): Promise<Actor> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw conflict("An account with this email already exists. Sign in instead?");
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role satisfies Role,
        passwordHash,
        timeZone: safeTimeZone(input.timeZone),
      },
    });
    return toActor(user);
  } catch (e) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
    if (isUniqueViolation(e)) throw conflict("An account with this email already exists. Sign in instead?");
    throw e;
  }
}

export type CredentialCheck = { ok: true; actor: Actor } | { ok: false; reason: "unknown_email" | "wrong_password" };

export async function checkCredentials(email: string, password: string): Promise<CredentialCheck> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) {
    // Spend the same time as a real comparison, so timing does not add to what the message says.
    await bcrypt.compare(password, "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.pQ8c1Q6dWJ8Yj7y1mX6sQmS0F7e2");
    return { ok: false, reason: "unknown_email" };
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  return ok ? { ok: true, actor: toActor(user) } : { ok: false, reason: "wrong_password" };
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
