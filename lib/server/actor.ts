import type { Role } from "@/lib/validation/auth";
import { forbidden, unauthorized } from "@/lib/server/errors";

/** Who is asking. Every function in lib/server takes one and decides for itself. */
export type Actor = { id: string; role: Role; name: string; email: string };

/**
 * A User row as the Actor. User.role is plain text in the database; only "instructor" grants
 * more than a student may do, so anything else (an unknown or retired role) is a student.
 */
export function toActor(user: { id: string; role: string; name: string; email: string }): Actor {
  return { id: user.id, role: user.role === "instructor" ? "instructor" : "student", name: user.name, email: user.email };
}

export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw unauthorized();
}

export function assertInstructor(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.role !== "instructor") throw forbidden("Only instructors can do this.");
}
