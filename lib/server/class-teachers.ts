import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { ownedClass } from "@/lib/server/class-access";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Makes (or makes again) `userId` a teacher of the class, and marks the account as one that
 * teaches classes (User.teachesClasses, read with the session's user row) in the same
 * transaction, so the row and the flag never disagree. The flag is never cleared: with no active
 * row left, the teaching pages simply list no classes.
 */
export async function addClassTeacher(tx: Tx, classId: string, userId: string, source = "lti") {
  await tx.classTeacher.upsert({
    where: { classId_userId: { classId, userId } },
    create: { classId, userId, source },
    update: { removedAt: null },
  });
  await tx.user.updateMany({ where: { id: userId, teachesClasses: false }, data: { teachesClasses: true } });
}

/** Who teaches a class, for its teachers: the owner first, then active co-teachers by name. */
export async function listClassTeachers(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  const [owner, rows] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: cls.id }, select: { instructor: { select: { id: true, name: true } } } }),
    db.classTeacher.findMany({
      where: { classId: cls.id, removedAt: null },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  const others = rows
    .map((r) => r.user)
    .filter((u) => u.id !== owner.instructor.id)
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  return [{ ...owner.instructor, owner: true }, ...others.map((u) => ({ ...u, owner: false }))];
}
