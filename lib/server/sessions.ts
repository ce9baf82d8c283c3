import "server-only";
import { db } from "@/lib/db";
import { withRevoked } from "@/lib/session-revocations";

/** Every session token of this user stops counting on its next request (lib/session-revocations.ts). */
export async function endAllSessions(userId: string) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 }, revokedSessions: "{}" } });
}

/**
 * One session token stops counting (sign out on this device); the user's other devices stay
 * signed in. An optimistic write: if another sign-out changed the list meanwhile, read it again.
 */
export async function endSession(userId: string, sid: string, signedInAt: number) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { revokedSessions: true } });
    if (!user) return;
    const next = withRevoked(user.revokedSessions, sid, signedInAt);
    if (next.full) return endAllSessions(userId);
    const { count } = await db.user.updateMany({
      where: { id: userId, revokedSessions: user.revokedSessions },
      data: { revokedSessions: next.text },
    });
    if (count === 1) return;
  }
  await endAllSessions(userId); // contended five times over: the safe side is everyone out
}
