import type { Role } from "@/lib/validation/auth";
import { forbidden, unauthorized } from "@/lib/server/errors";

/** Who is asking. Every function in lib/server takes one and decides for itself. */
export type Actor = { id: string; role: Role; name: string; email: string };

export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw unauthorized();
}

export function assertInstructor(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.role !== "instructor") throw forbidden("Only instructors can do this.");
}
