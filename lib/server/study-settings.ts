import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import type { StudySettingsInput } from "@/lib/validation/study";

/** The learner's own study settings; nobody else's can be read or changed through here. */
export async function getStudySettings(actor: Actor) {
  assertSignedIn(actor);
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true },
  });
}

/**
 * New settings apply from the next grade: existing due dates stay as they are (FSRS uses the
 * desired retention when it schedules, so intervals adapt at each card's next review).
 */
export async function updateStudySettings(actor: Actor, input: StudySettingsInput) {
  assertSignedIn(actor);
  return db.user.update({
    where: { id: actor.id },
    data: {
      desiredRetention: Math.round(input.desiredRetention * 100) / 100,
      newCardsPerDay: input.newCardsPerDay,
      timeZone: input.timeZone,
    },
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true },
  });
}
