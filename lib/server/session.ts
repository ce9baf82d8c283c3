import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
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
  const session = await auth();
  const id = session?.user.id;
  if (!session || !id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      timeZone: true,
      sessionVersion: true,
      revokedSessions: true,
    },
  });
  return user && sessionIsLive(session, user) ? toActor(user) : null;
});

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
