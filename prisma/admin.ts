import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { passwordProblem } from "@/lib/validation/password-strength";
import { firstAdminEmail, isFirstAdmin } from "@/lib/first-admin";

export type AdminResult =
  | { kind: "created"; email: string; password: string; generated: boolean }
  | { kind: "promoted"; email: string }
  | { kind: "already"; email: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Makes `email` an admin: promotes an existing account (its password stays; its sessions end,
 * so the new role applies at once), or creates one. A new account's password is `password`
 * when given (it must pass the same common-password check as sign-up), else a random one of
 * 120 bits that the caller prints once; change it on /account after signing in.
 */
export async function ensureAdmin(
  db: PrismaClient,
  rawEmail: string,
  opts: { name?: string; password?: string } = {},
): Promise<AdminResult> {
  const email = rawEmail.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new Error(`"${rawEmail}" is not an email address.`);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (user?.role === "admin") return { kind: "already", email };
  if (user) {
    await db.user.update({
      where: { id: user.id },
      data: { role: "admin", sessionVersion: { increment: 1 }, revokedSessions: "{}" },
    });
    return { kind: "promoted", email };
  }
  const generated = !opts.password;
  const password = opts.password ?? randomBytes(15).toString("base64url");
  if (!generated) {
    const problem = password.length < 8 ? "It is shorter than 8 characters." : passwordProblem(password, [email]);
    if (problem) throw new Error(`ADMIN_PASSWORD is not accepted: ${problem}`);
  }
  await db.user.create({
    data: {
      email,
      name: opts.name?.trim() || email.split("@")[0],
      role: "admin",
      passwordHash: await bcrypt.hash(password, 10),
    },
  });
  return { kind: "created", email, password, generated };
}

/** What to print: the password appears once, here, and nowhere else. */
export function describeAdmin(r: AdminResult): string {
  if (r.kind === "already") return `${r.email} is already an admin; nothing changed.`;
  if (r.kind === "promoted")
    return `${r.email} is now an admin (its password is unchanged; it signs in again with the new role).`;
  return r.generated
    ? `Admin ${r.email} created. One-time password (shown only now; change it on /account after signing in):\n\n    ${r.password}\n`
    : `Admin ${r.email} created with the password from ADMIN_PASSWORD.`;
}

/**
 * ADMIN_EMAIL at start-up (prisma/seed.ts): while no admin exists, an existing account with
 * that email becomes the admin. Null when nothing changed.
 */
export async function promoteFirstAdmin(db: PrismaClient, env: Record<string, string | undefined> = process.env) {
  const email = firstAdminEmail(env);
  if (!email || !(await isFirstAdmin(db, email, env))) return null;
  if (!(await db.user.findUnique({ where: { email }, select: { id: true } }))) return null;
  return ensureAdmin(db, email);
}
