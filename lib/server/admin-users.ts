import "server-only";
import { db } from "@/lib/db";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { forbidden, notFound } from "@/lib/server/errors";
import { endAllSessions } from "@/lib/server/sessions";

export const USERS_PER_PAGE = 25;

/**
 * Accounts for the admin page, newest first. The search matches a part of the email (stored
 * lower-case) or of the name; on SQLite the name match ignores ASCII case, on PostgreSQL it does not.
 */
export async function listUsers(actor: Actor, opts: { q?: string; page?: number }) {
  assertAdmin(actor);
  const q = (opts.q ?? "").trim().slice(0, 100);
  const where = q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {};
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return { q, page, pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)), total, users };
}

/**
 * Grants or removes the instructor role. Admins are made from the command line only
 * (`npm run admin:create`), so no request can make or unmake one, and an admin never changes
 * their own role here. The change ends the user's sessions: it applies on their next request.
 */
export async function setInstructor(actor: Actor, userId: string, instructor: boolean) {
  assertAdmin(actor);
  if (userId === actor.id) throw forbidden("You cannot change your own role.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, name: true } });
  if (!user) throw notFound("There is no such account.");
  if (user.role === "admin") throw forbidden("Admins are managed with `npm run admin:create`, not here.");
  const role = instructor ? "instructor" : "student";
  if (user.role === role) return { name: user.name, role, changed: false };
  await db.user.update({ where: { id: userId }, data: { role } });
  await endAllSessions(userId);
  return { name: user.name, role, changed: true };
}
