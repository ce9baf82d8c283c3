import "server-only";
import { db } from "@/lib/db";
import { AGS_SCOPE, type Launch } from "@/lib/lti/claims";
import type { Actor } from "@/lib/server/actor";
import { conflict, notFound } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { lmsQuiz, queueQuizGrades } from "@/lib/server/lti/grade-sync";

/**
 * The gradebook column an LMS made for an activity (AGS `lineitem` claim of its launches: Moodle
 * makes one for every external-tool activity, Canvas for an assignment). Every launch remembers
 * its activity (LtiResourceLink); an instructor may then send a quiz's grades to that column
 * instead of a new one. The column is named by the row's id, never by a URL from the browser,
 * and only rows of the class's own LMS course count. One column takes the grades of one quiz.
 */
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export const ACTIVITY_NOT_FOUND = "There is no such LMS activity in this class.";

/**
 * Called in the launch's transaction (instructors and learners alike: the LMS may rename the
 * activity or move its column). Returns the quiz linked to the activity's column, if any.
 */
export async function rememberResourceLink(tx: Tx, contextRowId: string, l: Launch): Promise<string | null> {
  const title = (l.resourceLinkTitle ?? "").slice(0, 200);
  const row = await tx.ltiResourceLink.upsert({
    where: { contextId_resourceLinkId: { contextId: contextRowId, resourceLinkId: l.resourceLinkId } },
    create: { contextId: contextRowId, resourceLinkId: l.resourceLinkId, title, lineItemUrl: l.lineItemUrl },
    // A launch without the claim (grading turned off for a moment) keeps the column we knew.
    update: l.lineItemUrl ? { title, lineItemUrl: l.lineItemUrl } : { title },
  });
  if (!row.quizId || !row.lineItemUrl) return null;
  // The quiz's grades follow the column if the LMS moved it (e.g. a course restore made a new one).
  await tx.ltiLineItem.updateMany({
    where: { quizId: row.quizId, contextId: contextRowId, url: { not: row.lineItemUrl } },
    data: { url: row.lineItemUrl },
  });
  return row.quizId;
}

/**
 * What the quiz page offers: the activity column the quiz's grades go to (if linked that way) and
 * the class's activity columns no quiz uses yet, oldest first. Null when the LMS did not grant
 * sending scores or the class is not an LMS course.
 */
export async function activityColumns(actor: Actor, classId: string, quizId: string) {
  const { quiz, ctx } = await lmsQuiz(actor, classId, quizId);
  if (!ctx || !ctx.agsScopes.split(" ").includes(AGS_SCOPE + "score")) return null;
  const current = await db.ltiResourceLink.findUnique({ where: { quizId: quiz.id }, select: { title: true } });
  const rows = await db.ltiResourceLink.findMany({
    where: { contextId: ctx.id, quizId: null, lineItemUrl: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, lineItemUrl: true },
  });
  const used = new Set(
    (await db.ltiLineItem.findMany({ where: { contextId: ctx.id }, select: { url: true } })).map((i) => i.url),
  );
  return {
    current: current ? current.title || UNTITLED : null,
    free: rows.filter((r) => !used.has(r.lineItemUrl!)).map((r) => ({ id: r.id, title: r.title || UNTITLED })),
  };
}

const UNTITLED = "Untitled activity";
const named = (title: string) => `“${title || UNTITLED}”`;

/**
 * Sends the quiz's grades to the gradebook column the LMS made for one of the class's
 * activities: no new column is created (no call to the LMS here), the grades already earned are
 * queued as linkQuizToLms does. Same teachers as linkQuizToLms.
 */
export async function linkQuizToActivityColumn(actor: Actor, classId: string, quizId: string, activityId: string) {
  const { quiz, ctx } = await lmsQuiz(actor, classId, quizId);
  if (!ctx) throw conflict("This class is not linked to an LMS course.");
  const link = await db.ltiResourceLink.findFirst({ where: { id: activityId, contextId: ctx.id } });
  if (!link) throw notFound(ACTIVITY_NOT_FOUND);
  const url = link.lineItemUrl;
  if (!url) throw conflict(`The LMS made no gradebook column for ${named(link.title)}.`);
  if (!ctx.agsScopes.split(" ").includes(AGS_SCOPE + "score"))
    throw conflict("This class's LMS did not grant sending grades (open the class from the LMS first).");
  const mine = await db.ltiLineItem.findUnique({ where: { quizId: quiz.id } });
  if (mine && mine.url === url) return { linked: false, queued: await queueQuizGrades(quiz.id) };
  if (mine) throw conflict("This quiz already sends its grades to another LMS gradebook column.");
  const taken =
    link.quizId ??
    (await db.ltiLineItem.findFirst({ where: { contextId: ctx.id, url }, select: { quizId: true } }))?.quizId;
  if (taken) throw await columnTaken(link.title, taken);
  try {
    await db.$transaction(async (tx) => {
      // Conditional claim: of two quizzes racing for the column, one wins, the other is told.
      const { count } = await tx.ltiResourceLink.updateMany({ where: { id: link.id, quizId: null }, data: { quizId } });
      if (count !== 1) throw conflict(`The gradebook column of ${named(link.title)} was just taken by another quiz.`);
      await tx.ltiLineItem.create({ data: { quizId: quiz.id, contextId: ctx.id, url } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("This quiz was just linked to the LMS gradebook: reload the page.");
    throw e;
  }
  return { linked: true, queued: await queueQuizGrades(quiz.id) };
}

async function columnTaken(title: string, quizId: string) {
  const other = await db.quiz.findUnique({ where: { id: quizId }, select: { title: true } });
  return conflict(
    `The gradebook column of ${named(title)} already receives the grades of ${other ? named(other.title) : "another quiz"}: one column takes one quiz.`,
  );
}
