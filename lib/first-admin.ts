// No "server-only": read by the sign-up path (lib/server/users.ts) and by the seed at start-up
// (prisma/seed.ts, run by tsx outside Next.js).

/** The part of a Prisma client this needs (the SQLite and PostgreSQL clients both fit). */
type Users = { user: { count(args: { where: { role: string } }): Promise<number> } };

/** ADMIN_EMAIL, trimmed and lower-case; null when unset or not an email. */
export function firstAdminEmail(env: Record<string, string | undefined> = process.env): string | null {
  const email = (env.ADMIN_EMAIL ?? "").trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

/**
 * Does this account become the first admin? Only while no admin exists at all, and only for
 * ADMIN_EMAIL: once there is an admin, the variable does nothing (admins then come from
 * `npm run admin:create` only).
 */
export async function isFirstAdmin(db: Users, email: string, env: Record<string, string | undefined> = process.env) {
  const wanted = firstAdminEmail(env);
  if (!wanted || email.trim().toLowerCase() !== wanted) return false;
  return (await db.user.count({ where: { role: "admin" } })) === 0;
}
