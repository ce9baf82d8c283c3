import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { assertAdmin, assertSignedIn, toActor, type Actor } from "@/lib/server/actor";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { hashPassword, TAKEN_EMAIL, type NewUser } from "@/lib/server/users";
import { safeTimeZone } from "@/lib/time-zone";
import type { CreateInviteInput } from "@/lib/validation/admin";

/**
 * Single-use instructor invites. The link carries a random 256-bit token; the database keeps
 * only its SHA-256, so a copy of the database (a backup, a leak) holds no usable link. A link
 * works once, until it expires, not after an admin withdraws it, and (if the admin named one)
 * only for its email. Using it is one conditional update: of two people racing, one wins.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createInvite(actor: Actor, input: CreateInviteInput, now = new Date()) {
  assertAdmin(actor);
  const token = randomBytes(32).toString("base64url");
  const invite = await db.invite.create({
    data: {
      tokenHash: hashToken(token),
      email: input.email,
      note: input.note,
      createdById: actor.id,
      expiresAt: new Date(now.getTime() + input.days * DAY_MS),
    },
    select: { id: true, expiresAt: true },
  });
  return { ...invite, token };
}

export type InviteState = "pending" | "used" | "revoked" | "expired";

function stateOf(i: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteState {
  return i.usedAt ? "used" : i.revokedAt ? "revoked" : i.expiresAt <= now ? "expired" : "pending";
}

/** The latest invites, newest first, with who made and who used each, and when. */
export async function listInvites(actor: Actor, now = new Date()) {
  assertAdmin(actor);
  const rows = await db.invite.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      email: true,
      note: true,
      createdAt: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      usedBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({ ...r, state: stateOf(r, now) }));
}

/** Withdrawing a used, expired or already withdrawn invite changes nothing. */
export async function revokeInvite(actor: Actor, inviteId: string, now = new Date()) {
  assertAdmin(actor);
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  if (count === 1) return { revoked: true };
  if (!(await db.invite.findUnique({ where: { id: inviteId }, select: { id: true } })))
    throw notFound("There is no such invite.");
  return { revoked: false };
}

const UNUSABLE: Record<Exclude<InviteState, "pending">, string> = {
  used: "This invite link has already been used. Ask your admin for a new one.",
  revoked: "This invite link was withdrawn. Ask your admin for a new one.",
  expired: "This invite link has expired. Ask your admin for a new one.",
};
const UNKNOWN = "This invite link is not valid. Check that you copied all of it, or ask your admin for a new one.";
const WRONG_EMAIL = "This invite is for a different email address. Use the address your admin invited.";

export type InviteCheck = { ok: true; expiresAt: Date; forEmail: boolean } | { ok: false; message: string };

/** For the invite page, before anything changes: can this link still be used? */
export async function checkInvite(token: string, now = new Date()): Promise<InviteCheck> {
  const invite = token ? await db.invite.findUnique({ where: { tokenHash: hashToken(token) } }) : null;
  if (!invite) return { ok: false, message: UNKNOWN };
  const state = stateOf(invite, now);
  if (state !== "pending") return { ok: false, message: UNUSABLE[state] };
  return { ok: true, expiresAt: invite.expiresAt, forEmail: invite.email !== "" };
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Marks the invite used by `userId`, if it is still usable and meant for `email`: one
 * conditional UPDATE, so two concurrent uses cannot both succeed. Throws (rolling back the
 * caller's transaction) with the reason it cannot be used.
 */
async function claim(tx: Tx, token: string, email: string, userId: string, now: Date) {
  const tokenHash = hashToken(token);
  const { count } = await tx.invite.updateMany({
    where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now }, email: { in: ["", email] } },
    data: { usedAt: now, usedById: userId },
  });
  if (count === 1) return;
  const invite = await tx.invite.findUnique({ where: { tokenHash } });
  if (!invite) throw invalid(UNKNOWN);
  const state = stateOf(invite, now);
  throw state === "pending" ? invalid(WRONG_EMAIL) : conflict(UNUSABLE[state]);
}

/**
 * A new instructor account through an invite. The account is created and the invite used in
 * one transaction: a taken email or a lost race leaves no account and the link as it was.
 */
export async function signUpWithInvite(token: string, input: NewUser, now = new Date()): Promise<Actor> {
  const checked = await checkInvite(token, now);
  if (!checked.ok) throw invalid(checked.message);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: "instructor",
          passwordHash,
          timeZone: safeTimeZone(input.timeZone),
        },
      });
      await claim(tx, token, input.email, user.id, now);
      return toActor(user);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(TAKEN_EMAIL);
    throw e;
  }
}

/**
 * A signed-in student accepts an invite and becomes an instructor. Their sessions end (as with
 * every role change), so the new role applies from their next sign-in. An instructor or admin
 * is told so and the link stays unused.
 */
export async function acceptInvite(actor: Actor, token: string, now = new Date()) {
  assertSignedIn(actor);
  if (actor.role !== "student") throw conflict("Your account already teaches: keep this link for someone else.");
  await db.$transaction(async (tx) => {
    await claim(tx, token, actor.email, actor.id, now);
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, role: "student" },
      data: { role: "instructor", sessionVersion: { increment: 1 }, revokedSessions: "{}" },
    });
    if (count !== 1) throw conflict("Your account already teaches: keep this link for someone else.");
  });
}
