import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { makeJoinCode } from "@/lib/classes/join-code";
import type { Launch } from "@/lib/lti/claims";
import { ltiError } from "@/lib/server/lti/errors";
import { verifyLaunch } from "@/lib/server/lti/verify";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { addClassTeacher } from "@/lib/server/class-teachers";
import { rememberResourceLink } from "@/lib/server/lti/activity-columns";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * A verified launch becomes an account and a class here, in one transaction (a refusal part
 * way leaves nothing behind):
 * - the person is found by (platform, subject), never by email: an LMS-provided email is not
 *   proof of owning the local account that has it. A new person gets an account of their own
 *   that has no password (it is entered only through the LMS);
 * - the course is found by (platform, deployment, context) and is one class here, created by
 *   the first instructor launch and owned by that instructor;
 * - an LMS Instructor-type role makes the person a teacher of THAT class only (a ClassTeacher
 *   row, made again if a roster sync had removed it), never an app-wide instructor: the app role
 *   stays what it was ("student" for an account made here). Later instructors of the same course
 *   co-teach it. A Learner is enrolled as a student of that class (re-enrolled if a roster sync
 *   had marked them removed).
 */
export type LaunchOutcome = { userId: string; classId: string; landing: string; contextRowId: string };

/** Marks an account as entered only through an LMS: bcrypt never matches this hash. */
export const LTI_PASSWORD_HASH = "!lti";

/** The account of (platform, subject); a new one is a student app-wide, whatever it does in the LMS. */
export async function linkedUser(tx: Tx, platformId: string, subject: string, name: string) {
  const link = await tx.ltiUserLink.findUnique({ where: { platformId_subject: { platformId, subject } } });
  if (link) return link.userId;
  const user = await tx.user.create({
    data: {
      email: `lti-${crypto.randomUUID()}@lti.invalid`,
      name: name.slice(0, 100),
      passwordHash: LTI_PASSWORD_HASH,
      role: "student",
    },
    select: { id: true },
  });
  await tx.ltiUserLink.create({ data: { platformId, subject, userId: user.id } });
  return user.id;
}

async function provision(tx: Tx, platformId: string, l: Launch): Promise<LaunchOutcome> {
  if (l.role === "none")
    throw ltiError(
      "no_course_role",
      403,
      "Your role in this course is neither teacher nor learner, so ParamLab has nothing to show you.",
    );
  const where = {
    platformId_deploymentId_contextId: { platformId, deploymentId: l.deploymentId, contextId: l.contextId },
  };
  let ctx = await tx.ltiContext.findUnique({ where });
  const userId = await linkedUser(tx, platformId, l.subject, l.name);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  if (user.name !== l.name && l.name !== "LMS user")
    await tx.user.update({ where: { id: userId }, data: { name: l.name.slice(0, 100) } });
  const services = {
    title: l.contextTitle.slice(0, 200),
    membershipsUrl: l.membershipsUrl,
    lineItemsUrl: l.lineItemsUrl,
    agsScopes: l.agsScopes.join(" "),
  };
  if (!ctx) {
    if (l.role !== "instructor")
      throw ltiError(
        "course_not_set_up",
        409,
        "Your instructor has not opened this course in ParamLab yet. Try again after they have.",
      );
    const cls = await tx.class.create({
      // The LMS is the roster: the join code starts expired (the instructor may still renew it).
      data: {
        name: services.title || "LMS course",
        instructorId: userId,
        joinCode: makeJoinCode(randomInt),
        joinCodeExpiresAt: new Date(0),
      },
      select: { id: true },
    });
    ctx = await tx.ltiContext.create({
      data: { platformId, deploymentId: l.deploymentId, contextId: l.contextId, classId: cls.id, ...services },
    });
  } else {
    await tx.ltiContext.update({ where: { id: ctx.id }, data: services });
  }
  const linkedQuizId = await rememberResourceLink(tx, ctx.id, l);
  if (l.role === "instructor") {
    await addClassTeacher(tx, ctx.classId, userId);
    return { userId, classId: ctx.classId, contextRowId: ctx.id, landing: `/teach/classes/${ctx.classId}` };
  }
  await tx.enrollment.upsert({
    where: { classId_userId: { classId: ctx.classId, userId } },
    create: { classId: ctx.classId, userId },
    update: { removedAt: null },
  });
  // A learner opening the activity whose column a quiz fills lands on that quiz.
  const quiz = linkedQuizId
    ? await tx.quiz.findFirst({ where: { id: linkedQuizId, classId: ctx.classId }, select: { id: true } })
    : null;
  return { userId, classId: ctx.classId, contextRowId: ctx.id, landing: quiz ? `/quizzes/${quiz.id}` : "/study" };
}

export async function completeLaunch(
  form: { id_token?: string; state?: string },
  now = new Date(),
): Promise<LaunchOutcome> {
  const v = await verifyLaunch(form, now);
  try {
    return await db.$transaction(async (tx) => {
      await tx.ltiUsedNonce.create({ data: { nonce: v.nonce, expiresAt: v.expiresAt } });
      return provision(tx, v.platformId, v.launch);
    });
  } catch (e) {
    // Only a nonce seen before is a replay; another clash (two first launches racing) is not.
    if (isUniqueViolation(e) && (await db.ltiUsedNonce.findUnique({ where: { nonce: v.nonce } })))
      throw ltiError("nonce_reused", 401, "This launch token was already used.");
    throw e;
  } finally {
    await db.ltiUsedNonce.deleteMany({ where: { expiresAt: { lt: now } } });
  }
}
