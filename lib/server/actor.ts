import type { Role } from "@/lib/validation/auth";
import { forbidden, unauthorized } from "@/lib/server/errors";
import { safeTimeZone } from "@/lib/time-zone";

/**
 * Who is asking. Every function in lib/server takes one and decides for itself. The time
 * zone rides along (read with the rest of the row, once per request), so dates shown to the
 * caller need no second query.
 *
 * `role` is what the person may do in class: an admin teaches too (admins are the department's
 * trusted staff; they could grant themselves the role anyway), so every instructor check
 * accepts them. `admin` alone opens the admin pages (granting roles, invites).
 */
export type Actor = {
  id: string;
  role: Role;
  /** set by toActor; absent (not an admin) on actors built by hand in tests and benches */
  admin?: boolean;
  /**
   * Co-teaches some class (User.teachesClasses: an LMS Instructor launch or roster made a
   * ClassTeacher row). A "student" with it may open the teaching pages of THOSE classes only;
   * app-wide instructor powers (new classes, question authoring) still need `role`.
   */
  teachesClasses?: boolean;
  name: string;
  email: string;
  timeZone: string;
  /**
   * The study settings the grade path and the study pages need, read with the rest of the row by
   * currentActor (so a request reads the user once); absent on other actors (tests, scripts), where
   * recordGrade and loadStudyContext read them.
   */
  study?: { desiredRetention: number; fsrsWeights: string | null; newCardsPerDay: number };
  /** What the app calls them (User.preferredName), read with the row by currentActor; absent elsewhere. */
  preferredName?: string;
};

/** The roles a User row may hold (User.role is plain text; see prisma/schema.prisma). */
export const STORED_ROLES = ["student", "instructor", "admin"] as const;
export type StoredRole = (typeof STORED_ROLES)[number];

/**
 * A User row as the Actor. Only "instructor" and "admin" grant more than a student may do,
 * so anything else (an unknown or retired role) is a student.
 */
export function toActor(user: {
  id: string;
  role: string;
  name: string;
  email: string;
  timeZone: string;
  teachesClasses?: boolean;
}): Actor {
  const admin = user.role === "admin";
  return {
    id: user.id,
    role: admin || user.role === "instructor" ? "instructor" : "student",
    admin,
    teachesClasses: user.teachesClasses === true,
    name: user.name,
    email: user.email,
    timeZone: safeTimeZone(user.timeZone),
  };
}

export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw unauthorized();
}

/** Said to a person who teaches only through an LMS when they reach for an app-wide power. */
export const LMS_TEACHER_ONLY =
  "You teach here through your LMS, which gives you the classes of your LMS courses only. Creating your own classes and questions needs the instructor role: ask an admin.";

/** App-wide instructor powers (new classes, question authoring): app instructors and admins only. */
export function assertInstructor(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.role !== "instructor")
    throw forbidden(actor.teachesClasses ? LMS_TEACHER_ONLY : "Only instructors can do this.");
}

/** May teach some class: an app instructor (or admin), or a co-teacher of a class (LMS). */
export function canTeach(actor: Actor | null | undefined): boolean {
  return !!actor && (actor.role === "instructor" || actor.teachesClasses === true);
}

/**
 * For functions about ONE class or its quizzes: anyone who may teach some class gets past this;
 * which classes is then decided per class (lib/server/class-access.ts `taughtBy`).
 */
export function assertTeacher(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (!canTeach(actor)) throw forbidden("Only instructors can do this.");
}

export function assertAdmin(actor: Actor | null | undefined): asserts actor is Actor {
  assertSignedIn(actor);
  if (actor.admin !== true) throw forbidden("Only admins can do this.");
}
