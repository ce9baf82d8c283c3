import "server-only";
import { db } from "@/lib/db";
import { assertInstructor, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { roster } from "@/lib/server/class-sql";

/**
 * The one ownership check every instructor function goes through. A class that does not
 * exist and a class of another instructor give the SAME answer, so ids cannot be probed.
 */
export const CLASS_NOT_FOUND = "There is no such class among yours.";
export const STUDENT_NOT_FOUND = "There is no such student in this class.";
export const QUIZ_NOT_FOUND = "There is no such quiz in this class.";

export async function ownedClass(actor: Actor, classId: string) {
  assertInstructor(actor);
  const found = await db.class.findFirst({
    where: { id: classId, instructorId: actor.id },
    select: { id: true, name: true, joinCode: true, joinCodeExpiresAt: true, createdAt: true, archivedAt: true },
  });
  if (!found) throw notFound(CLASS_NOT_FOUND);
  return found;
}

/** Students currently in the class (removed ones excluded), in the order they joined. */
export function activeStudents(classId: string) {
  return roster(classId);
}

/** One current student of a class the caller owns — else "not found", whoever asks. */
export async function ownedStudent(actor: Actor, classId: string, studentId: string) {
  const cls = await ownedClass(actor, classId);
  const enrollment = await db.enrollment.findFirst({
    where: { classId: cls.id, userId: studentId, removedAt: null },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true, timeZone: true } } },
  });
  if (!enrollment) throw notFound(STUDENT_NOT_FOUND);
  return { cls, student: { ...enrollment.user, joinedAt: enrollment.joinedAt } };
}

/** The quizzes assigned to a class, oldest first (the gradebook's column order). */
export function classQuizzes(classId: string) {
  return db.quiz.findMany({
    where: { classId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, gradingRule: true, openAt: true, closeAt: true, maxAttempts: true },
  });
}
