import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { closed, expired, forbidden, invalid } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { enqueueJob } from "@/lib/server/fsrs-jobs";
import { joinCodeWait, recordJoinCodeFailure, tooMany } from "@/lib/server/throttle";

/**
 * The student's side of classes: look a code up, join, list my classes. A wrong, expired
 * or closed code changes nothing and says why. Joining twice is harmless. A student the
 * instructor removed cannot rejoin with the code — otherwise removal would last only until
 * the student typed the code again; the instructor can restore them from the roster.
 */
export const WRONG_CODE = "No class uses this join code. Check it with your instructor.";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * A code is looked up only under the join-code throttle (per account and per network,
 * lib/server/throttle.ts): a code no class uses counts against both, so codes cannot be guessed
 * at speed. `ip`: the caller's network (lib/server/client-ip.ts).
 */
async function classForCode(actor: Actor, code: string, now: Date, ip: string) {
  const wait = await joinCodeWait(actor, ip);
  if (wait > 0) throw tooMany(wait);
  const cls = await db.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      fsrsPriorFitId: true,
      instructor: { select: { name: true } },
    },
  });
  if (!cls) {
    await recordJoinCodeFailure(actor, ip);
    throw invalid(WRONG_CODE);
  }
  if (cls.archivedAt) throw closed("This class is closed and takes no new students.");
  if (cls.joinCodeExpiresAt && cls.joinCodeExpiresAt <= now) {
    throw expired(
      `This join code expired on ${dayFormat.format(cls.joinCodeExpiresAt)} (UTC). Ask your instructor for a new one.`,
    );
  }
  return cls;
}

function assertStudent(actor: Actor | null): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.role !== "student")
    throw forbidden("Instructors cannot join a class as a student. Sign in with a student account to join.");
}

/** What the join link shows before the student confirms: the class and its instructor. */
export async function previewJoinCode(actor: Actor, code: string, now = new Date(), ip = "unknown") {
  assertStudent(actor);
  const cls = await classForCode(actor, code, now, ip);
  const mine = await db.enrollment.findUnique({
    where: { classId_userId: { classId: cls.id, userId: actor.id } },
    select: { removedAt: true },
  });
  return {
    className: cls.name,
    instructorName: cls.instructor.name,
    status: !mine ? "new" : mine.removedAt ? "removed" : "member",
  } as const;
}

export async function joinClass(actor: Actor, code: string, now = new Date(), ip = "unknown") {
  assertStudent(actor);
  const cls = await classForCode(actor, code, now, ip);
  const existing = await db.enrollment.findUnique({
    where: { classId_userId: { classId: cls.id, userId: actor.id } },
    select: { removedAt: true },
  });
  if (existing?.removedAt) throw forbidden(`Your instructor removed you from ${cls.name}. Ask them to add you back.`);
  if (existing) return { classId: cls.id, className: cls.name, already: true };
  try {
    await db.enrollment.create({ data: { classId: cls.id, userId: actor.id, joinedAt: now } });
  } catch (e) {
    // Two tabs joining at once: the unique (class, user) index keeps one row; both succeed.
    if (!isUniqueViolation(e)) throw e;
    return { classId: cls.id, className: cls.name, already: true };
  }
  // The class offers starting weights: the new student's fit job decides whether they take them.
  if (cls.fsrsPriorFitId) await enqueueJob("learner-fit", actor.id, "joined-class");
  return { classId: cls.id, className: cls.name, already: false };
}

/** The classes I am in now (not ones I was removed from), newest first. */
export async function listMyEnrollments(actor: Actor) {
  assertSignedIn(actor);
  const rows = await db.enrollment.findMany({
    where: { userId: actor.id, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: "desc" },
    select: {
      joinedAt: true,
      class: {
        select: { id: true, name: true, instructor: { select: { name: true } }, _count: { select: { quizzes: true } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.class.id,
    name: r.class.name,
    instructorName: r.class.instructor.name,
    quizCount: r.class._count.quizzes,
    joinedAt: r.joinedAt,
  }));
}
