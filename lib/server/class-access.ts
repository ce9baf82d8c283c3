import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertTeacher, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { roster } from "@/lib/server/class-sql";

/**
 * The one teaching check every instructor function goes through: the classes an actor may see
 * and manage are the ones they own (Class.instructorId: created it, or the first LMS Instructor
 * launch did) and the ones they co-teach (an active ClassTeacher row: a later Instructor launch
 * or the LMS roster; removed from the roster, removedAt is set and the access ends). A class
 * that does not exist and a class taught by others give the SAME answer, so ids cannot be probed.
 */
export function taughtBy(actor: Actor) {
  return {
    OR: [{ instructorId: actor.id }, { teachers: { some: { userId: actor.id, removedAt: null } } }],
  } satisfies Prisma.ClassWhereInput;
}

/** Does the actor teach this class (owner or active co-teacher)? Never throws. */
export async function teachesClass(actor: Actor, classId: string): Promise<boolean> {
  if (actor.role !== "instructor" && actor.teachesClasses !== true) return false;
  const found = await db.class.findFirst({ where: { id: classId, ...taughtBy(actor) }, select: { id: true } });
  return !!found;
}

export const CLASS_NOT_FOUND = "There is no such class among yours.";
export const STUDENT_NOT_FOUND = "There is no such student in this class.";
export const QUIZ_NOT_FOUND = "There is no such quiz in this class.";

/** A class the actor teaches (see taughtBy), or "not found". */
export async function ownedClass(actor: Actor, classId: string) {
  assertTeacher(actor);
  const found = await db.class.findFirst({
    where: { id: classId, ...taughtBy(actor) },
    select: { id: true, name: true, joinCode: true, joinCodeExpiresAt: true, createdAt: true, archivedAt: true },
  });
  if (!found) throw notFound(CLASS_NOT_FOUND);
  return found;
}

/** Students currently in the class (removed ones excluded), in the order they joined. */
export function activeStudents(classId: string) {
  return roster(classId);
}

/** One current student of a class the caller teaches — else "not found", whoever asks. */
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
