import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { teachesClass } from "@/lib/server/class-access";
import { forbidden } from "@/lib/server/errors";

/**
 * Who may take which quiz: the practice quiz, anyone signed in; a class quiz, the students
 * actively enrolled in that class (removed students and archived classes are refused).
 */
export async function canTakeQuiz(
  actor: Actor,
  quiz: { isPractice: boolean; classId: string | null },
): Promise<boolean> {
  assertSignedIn(actor);
  if (quiz.isPractice) return true;
  if (!quiz.classId) return false;
  const enrollment = await db.enrollment.findFirst({
    where: { classId: quiz.classId, userId: actor.id, removedAt: null, class: { archivedAt: null } },
    select: { id: true },
  });
  return !!enrollment;
}

export async function assertCanTakeQuiz(actor: Actor, quiz: { isPractice: boolean; classId: string | null }) {
  if (!(await canTakeQuiz(actor, quiz))) throw forbidden("This quiz belongs to a class you are not enrolled in.");
}

/** Does the actor teach the class this quiz belongs to (owner or active co-teacher)? */
export async function teachesQuiz(actor: Actor, quiz: { classId: string | null }): Promise<boolean> {
  return !!quiz.classId && teachesClass(actor, quiz.classId);
}
