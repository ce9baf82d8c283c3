import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { displayName } from "@/lib/display-name";
import type { PreferredNameInput } from "@/lib/validation/profile";

/** How the signed-in user is greeted; only their own row is read. */
export async function getGreetingName(actor: Actor): Promise<string> {
  assertSignedIn(actor);
  // currentActor read it with the rest of the row; an actor built by hand has it read here.
  if (actor.preferredName !== undefined) return displayName({ name: actor.name, preferredName: actor.preferredName });
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, preferredName: true },
  });
  return displayName(user);
}

/** Sets (or, with "", clears) what the app calls the signed-in user; nobody else's. */
export async function setPreferredName(actor: Actor, input: PreferredNameInput) {
  assertSignedIn(actor);
  return db.user.update({
    where: { id: actor.id },
    data: { preferredName: input.preferredName },
    select: { name: true, preferredName: true },
  });
}
