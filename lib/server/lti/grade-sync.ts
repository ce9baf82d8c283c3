import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AGS_SCOPE } from "@/lib/lti/claims";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import type { Actor } from "@/lib/server/actor";
import { ownedClass, QUIZ_NOT_FOUND } from "@/lib/server/class-access";
import { conflict, notFound } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { call, LINEITEM_TYPE, serviceToken } from "@/lib/server/lti/services";

/**
 * Grade passback (AGS): a quiz of an LMS-linked class gets a line item (a gradebook column)
 * when its instructor links it; from then on every graded attempt queues the student's grade
 * under the quiz's grading rule, as a percentage. The queue row's key is the quiz, the student
 * and the state of their submitted attempts, so the same state is never queued (or sent) twice.
 */
export const SCORE_MAXIMUM = 100;

/** The quiz of a class the actor teaches, and the class's LMS course (null if none). */
export async function lmsQuiz(actor: Actor, classId: string, quizId: string) {
  const cls = await ownedClass(actor, classId);
  const quiz = await db.quiz.findFirst({ where: { id: quizId, classId: cls.id }, select: { id: true, title: true } });
  if (!quiz) throw notFound(QUIZ_NOT_FOUND);
  const ctx = await db.ltiContext.findUnique({ where: { classId: cls.id } });
  return { quiz, ctx };
}

/** What the quiz page shows: is the quiz in the LMS gradebook, when did it last sync, what is waiting. */
export async function gradeSyncStatus(actor: Actor, classId: string, quizId: string) {
  const { ctx } = await lmsQuiz(actor, classId, quizId);
  if (!ctx) return null;
  const item = await db.ltiLineItem.findUnique({ where: { quizId } });
  const pending = await db.ltiScore.count({ where: { quizId, status: { in: ["queued", "running"] } } });
  const failed = await db.ltiScore.count({ where: { quizId, status: "failed" } });
  // A linked quiz can always resend; a new column needs the line item scope.
  const canLink =
    Boolean(item) || (Boolean(ctx.lineItemsUrl) && ctx.agsScopes.split(" ").includes(AGS_SCOPE + "lineitem"));
  return {
    linked: Boolean(item),
    canLink,
    lastSyncedAt: item?.lastSyncedAt ?? null,
    lastError: item?.lastError ?? null,
    pending,
    failed,
  };
}

/** Creates the quiz's column in the LMS gradebook and queues the grades already earned. */
export async function linkQuizToLms(actor: Actor, classId: string, quizId: string) {
  const { quiz, ctx } = await lmsQuiz(actor, classId, quizId);
  // Linked already (to a column made here or an activity's column): only queue what is new.
  const existing = ctx && (await db.ltiLineItem.findUnique({ where: { quizId } }));
  if (existing) return { created: false, queued: await queueQuizGrades(quizId) };
  if (!ctx?.lineItemsUrl || !ctx.agsScopes.split(" ").includes(AGS_SCOPE + "lineitem"))
    throw conflict("This class's LMS did not grant gradebook access (open the class from the LMS first).");
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: ctx.platformId } });
  const token = await serviceToken(platform, [AGS_SCOPE + "lineitem"]);
  const res = await call(ctx.lineItemsUrl, {
    method: "POST",
    headers: { "content-type": LINEITEM_TYPE, accept: LINEITEM_TYPE, authorization: `Bearer ${token}` },
    body: JSON.stringify({ label: quiz.title, scoreMaximum: SCORE_MAXIMUM, resourceId: quiz.id, tag: "paramlab-quiz" }),
  });
  const { id: url } = (await res.json()) as { id?: string };
  if (!url) throw conflict("The LMS did not return the new gradebook column.");
  try {
    await db.ltiLineItem.create({ data: { quizId, contextId: ctx.id, url } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e; // linked by a double click in between: keep the first
  }
  return { created: true, queued: await queueQuizGrades(quizId) };
}

/** Queues every student's current grade for the quiz; how many rows were added. */
export async function queueQuizGrades(quizId: string) {
  const users = await db.attempt.findMany({
    where: { quizId, status: "submitted" },
    distinct: ["userId"],
    select: { userId: true },
  });
  let queued = 0;
  for (const u of users) if (await queueGrade(quizId, u.userId)) queued++;
  return queued;
}

/** Queues the student's current grade for the quiz if it is in an LMS gradebook; true when a row was added. */
export async function queueGrade(quizId: string, userId: string): Promise<boolean> {
  const item = await db.ltiLineItem.findUnique({ where: { quizId }, select: { id: true } });
  if (!item) return false;
  if (!(await db.ltiUserLink.findUnique({ where: { userId }, select: { id: true } }))) return false;
  const quiz = await db.quiz.findUniqueOrThrow({ where: { id: quizId }, select: { gradingRule: true } });
  const attempts = await db.attempt.findMany({
    where: { quizId, userId, status: "submitted" },
    select: { id: true, number: true, score: true, maxScore: true, submittedAt: true },
    orderBy: { number: "asc" },
  });
  const grade = chooseGrade(attempts, asGradingRule(quiz.gradingRule));
  if (grade === null) return false;
  const state = attempts.map((a) => `${a.id}:${a.score}/${a.maxScore}@${a.submittedAt?.toISOString()}`).join("|");
  const stateKey = `${quizId}:${userId}:${quiz.gradingRule}:${createHash("sha256").update(state).digest("base64url")}`;
  const scoreGiven = Math.round(grade * SCORE_MAXIMUM * 100) / 100;
  try {
    await db.ltiScore.create({ data: { quizId, userId, stateKey, scoreGiven, scoreMaximum: SCORE_MAXIMUM } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // This very grade is queued or sent already; one the LMS refused earlier is tried again.
    const again = await db.ltiScore.updateMany({
      where: { stateKey, status: "failed" },
      data: { status: "queued", tries: 0, nextAt: new Date(), error: null },
    });
    return again.count === 1;
  }
  // An older grade still waiting would only be overwritten by this one: it need not go.
  await db.ltiScore.updateMany({
    where: { quizId, userId, status: "queued", stateKey: { not: stateKey } },
    data: { status: "superseded" },
  });
  return true;
}

/** After an attempt is graded: queue its grade. Never fails the grading (the quiz page can resend). */
export async function queueGradeForAttempt(attemptId: string) {
  try {
    const a = await db.attempt.findUnique({ where: { id: attemptId }, select: { quizId: true, userId: true } });
    if (a) await queueGrade(a.quizId, a.userId);
  } catch (e) {
    console.error("[lti] could not queue a grade:", e);
  }
}
