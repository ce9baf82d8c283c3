import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { assertInstructor, assertTeacher, type Actor } from "@/lib/server/actor";
import { activeStudents, ownedClass, taughtBy } from "@/lib/server/class-access";
import { conflict, notFound } from "@/lib/server/errors";
import { makeJoinCode } from "@/lib/classes/join-code";
import type { CODE_LIFETIMES, CreateClassInput } from "@/lib/validation/classes";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { compareNames } from "@/lib/classes/compare-names";

/**
 * The classes the actor teaches (owns or co-teaches), never anyone else's. Students are refused
 * here, not only by the page.
 */
export async function listMyClasses(actor: Actor) {
  assertTeacher(actor);
  const classes = await db.class.findMany({
    where: { ...taughtBy(actor), archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeExpiresAt: true,
      createdAt: true,
      _count: { select: { enrollments: { where: { removedAt: null } } } },
    },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments }));
}

function expiryFor(lifetime: (typeof CODE_LIFETIMES)[number], now: Date): Date | null {
  return lifetime === "never" ? null : new Date(now.getTime() + Number(lifetime) * 86_400_000);
}

/** Tries fresh random codes until one is free (a clash is ~1 in 10¹² per class; 5 tries is plenty). */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; i < 5; i++) {
    try {
      return await write(makeJoinCode(randomInt));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw conflict("Could not make a unique join code. Please try again.");
}

/**
 * A standalone class (join code): app instructors only. A person who teaches only through an LMS
 * has their classes made by the LMS (lib/server/lti/launch.ts); the admin grants the role.
 */
export async function createClass(actor: Actor, input: CreateClassInput, now = new Date()) {
  assertInstructor(actor);
  return withFreshCode((joinCode) =>
    db.class.create({
      data: {
        name: input.name,
        instructorId: actor.id,
        joinCode,
        joinCodeExpiresAt: expiryFor(input.codeLifetime, now),
      },
      select: { id: true, name: true, joinCode: true, joinCodeExpiresAt: true },
    }),
  );
}

/** A new code replaces the old one at once: the old code stops working for new joins. */
export async function rotateJoinCode(
  actor: Actor,
  input: { classId: string; codeLifetime: (typeof CODE_LIFETIMES)[number] },
  now = new Date(),
) {
  const cls = await ownedClass(actor, input.classId);
  return withFreshCode((joinCode) =>
    db.class.update({
      where: { id: cls.id },
      data: { joinCode, joinCodeExpiresAt: expiryFor(input.codeLifetime, now) },
      select: { joinCode: true, joinCodeExpiresAt: true },
    }),
  );
}

export async function getRoster(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  const [active, removed] = await Promise.all([
    activeStudents(cls.id),
    db.enrollment.findMany({
      where: { classId: cls.id, removedAt: { not: null } },
      orderBy: { removedAt: "desc" },
      select: { removedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
  return { cls, active: active.sort(byName), removed: removed.map((r) => ({ ...r.user, removedAt: r.removedAt! })) };
}

/**
 * Removing sets removedAt: the student leaves the roster, the dashboard and the exports, and
 * cannot rejoin with the code; their own cards, reviews, attempts and runs are untouched.
 */
export async function removeStudent(actor: Actor, input: { classId: string; studentId: string }, now = new Date()) {
  const cls = await ownedClass(actor, input.classId);
  const { count } = await db.enrollment.updateMany({
    where: { classId: cls.id, userId: input.studentId, removedAt: null },
    data: { removedAt: now },
  });
  if (!count) throw notFound("There is no such student in this class.");
}

/** Undoes a removal (the only way back in: a removed student cannot rejoin with the code). */
export async function restoreStudent(actor: Actor, input: { classId: string; studentId: string }) {
  const cls = await ownedClass(actor, input.classId);
  const { count } = await db.enrollment.updateMany({
    where: { classId: cls.id, userId: input.studentId, removedAt: { not: null } },
    data: { removedAt: null },
  });
  if (!count) throw notFound("There is no such removed student in this class.");
}
