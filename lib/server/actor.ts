import type { Role } from "@/lib/validation/auth";
import { forbidden, unauthorized } from "@/lib/server/errors";
import { safeTimeZone } from "@/lib/time-zone";

/**
 * Who is asking. Every function in lib/server takes one and decides for itself. The time
 * zone rides along (read with the rest of the row, once per request), so dates shown to the
 * caller need no second query.
 */
export type Actor = { id: string; role: Role; name: string; email: string; timeZone: string };

/**
 * A User row as the Actor. User.role is plain text in the database; only "instructor" grants
 * more than a student may do, so anything else (an unknown or retired role) is a student.
 */
export function toActor(user: { id: string; role: string; name: string; email: string; timeZone: string }): Actor {
  return {
    id: user.id,
    role: user.role === "instructor" ? "instructor" : "student",
    name: user.name,
    email: user.email,
    timeZone: safeTimeZone(user.timeZone),
  };
}

export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw unauthorized();
}

export function assertInstructor(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.role !== "instructor") throw forbidden("Only instructors can do this.");
}
