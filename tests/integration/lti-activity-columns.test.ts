import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActor, type Actor } from "@/lib/server/actor";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { gradeSyncStatus, linkQuizToLms } from "@/lib/server/lti/grade-sync";
import { activityColumns, linkQuizToActivityColumn } from "@/lib/server/lti/activity-columns";
import { drainScores } from "@/lib/server/lti/score-queue";
import { launchAs, registeredLms } from "@/tests/integration/lti-fixtures";
import { makeClassQuiz, makeUser, responseFor, seedContent } from "@/tests/integration/quiz-fixtures";
import type { FakeLms } from "@/tests/support/fake-lms";

// Issue 17, the line item "taken from the launch": the LMS made a gradebook column for the
// activity (AGS `lineitem` claim); every launch remembers it, and an instructor sends a quiz's
// grades there instead of creating a column. One column, one quiz; only this course's columns.
let lms: FakeLms;
let teacher: Actor;
let student: Actor;
let classId: string;
let quizId: string;
let quiz2Id: string;
let columnUrl: string;

const actorOf = async (id: string) => toActor(await db.user.findUniqueOrThrow({ where: { id } }));
const later = () => new Date(Date.now() + 60 * 60_000);

async function lmsQuizOf(owner: Actor, cls: string) {
  const { quiz } = await makeClassQuiz(owner, [], { gradingRule: "highest" }, ["pe-def-meaning", "pe-share-term"]);
  await db.quiz.update({ where: { id: quiz.id }, data: { classId: cls } });
  return quiz.id;
}

beforeAll(async () => {
  await seedContent();
  lms = await registeredLms();
  columnUrl = lms.useActivity("rl-week3", "Week 3 quiz", true)!;
  const t = await launchAs(lms, "u-teach");
  teacher = await actorOf(t.userId);
  classId = t.classId;
  quizId = await lmsQuizOf(teacher, classId);
  quiz2Id = await lmsQuizOf(teacher, classId);
});
afterAll(() => lms.close());

async function activityId(resourceLinkId: string) {
  const ctx = await db.ltiContext.findUniqueOrThrow({ where: { classId } });
  const where = { contextId_resourceLinkId: { contextId: ctx.id, resourceLinkId } };
  return (await db.ltiResourceLink.findUniqueOrThrow({ where })).id;
}

describe("LTI: the gradebook column an LMS made for the activity", () => {
  it("instructor and learner launches remember the activity, its title and its column, once", async () => {
    lms.useActivity("rl-week3", "Week 3 quiz (renamed)");
    const s = await launchAs(lms, "u-learn-1");
    student = await actorOf(s.userId);
    expect(s.landing).toBe("/study"); // no quiz uses the column yet
    lms.useActivity("rl-1", "ParamLab"); // an activity without a column
    await launchAs(lms, "u-learn-2");
    const rows = await db.ltiResourceLink.findMany({
      orderBy: { resourceLinkId: "asc" },
      select: { resourceLinkId: true, title: true, lineItemUrl: true, quizId: true },
    });
    expect(rows).toEqual([
      { resourceLinkId: "rl-1", title: "ParamLab", lineItemUrl: null, quizId: null },
      { resourceLinkId: "rl-week3", title: "Week 3 quiz (renamed)", lineItemUrl: columnUrl, quizId: null },
    ]);
    expect(columnUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lineitems\/1\/lineitem\?type_id=7$/);
  });

  it("the quiz page offers the columns no quiz uses, not a column-less activity", async () => {
    expect(await activityColumns(teacher, classId, quizId)).toEqual({
      current: null,
      free: [{ id: await activityId("rl-week3"), title: "Week 3 quiz (renamed)" }],
    });
  });

  it("linking posts no new line item, queues the grade earned, and the score lands at <column>/scores", async () => {
    const { attemptId } = await startAttempt(student, quizId);
    const items = await db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });
    for (const [i, item] of items.entries())
      await saveAnswer(student, {
        attemptId,
        quizItemId: item.id,
        response: await responseFor(attemptId, item.id, i === 0),
      });
    await submitAttempt(student, attemptId);

    const id = await activityId("rl-week3");
    expect(await linkQuizToActivityColumn(teacher, classId, quizId, id)).toEqual({ linked: true, queued: 1 });
    expect(lms.lineItems).toHaveLength(1); // only the one the LMS made
    expect(await db.ltiLineItem.findUniqueOrThrow({ where: { quizId } })).toMatchObject({ url: columnUrl });
    // Again: nothing new to link or queue.
    expect(await linkQuizToActivityColumn(teacher, classId, quizId, id)).toEqual({ linked: false, queued: 0 });

    expect(await drainScores("w1", 20, later)).toMatchObject([{ status: "sent" }]);
    expect(lms.tokenRequests).toEqual(["https://purl.imsglobal.org/spec/lti-ags/scope/score"]);
    expect(lms.scores).toHaveLength(1);
    expect(lms.scores[0]).toMatchObject({
      lineItem: columnUrl.split("?")[0],
      contentType: "application/vnd.ims.lis.v1.score+json",
      body: { userId: "u-learn-1", scoreGiven: 50, scoreMaximum: 100, gradingProgress: "FullyGraded" },
    });
    expect(await gradeSyncStatus(teacher, classId, quizId)).toMatchObject({ linked: true, canLink: true, pending: 0 });
    expect(await activityColumns(teacher, classId, quizId)).toEqual({ current: "Week 3 quiz (renamed)", free: [] });
  });

  it("a learner opening that activity lands on the quiz; another activity still lands on /study", async () => {
    lms.useActivity("rl-week3", "Week 3 quiz (renamed)");
    expect((await launchAs(lms, "u-learn-1")).landing).toBe(`/quizzes/${quizId}`);
    expect((await launchAs(lms, "u-teach")).landing).toBe(`/teach/classes/${classId}`);
    lms.useActivity("rl-1", "ParamLab");
    expect((await launchAs(lms, "u-learn-1")).landing).toBe("/study");
  });

  it("a second quiz cannot take the same column, and is not offered it", async () => {
    const id = await activityId("rl-week3");
    await expect(linkQuizToActivityColumn(teacher, classId, quiz2Id, id)).rejects.toThrow(
      /column of “Week 3 quiz \(renamed\)” already receives the grades of “.+”: one column takes one quiz/,
    );
    expect(await activityColumns(teacher, classId, quiz2Id)).toEqual({ current: null, free: [] });
    expect(await db.ltiLineItem.findUnique({ where: { quizId: quiz2Id } })).toBeNull();
    // The linked quiz cannot move to another activity's column either.
    lms.useActivity("rl-week4", "Week 4 quiz", true);
    await launchAs(lms, "u-teach");
    await expect(linkQuizToActivityColumn(teacher, classId, quizId, await activityId("rl-week4"))).rejects.toThrow(
      "already sends its grades to another LMS gradebook column",
    );
  });

  it("refuses a column-less activity, a URL instead of a remembered activity, and a student", async () => {
    await expect(linkQuizToActivityColumn(teacher, classId, quiz2Id, await activityId("rl-1"))).rejects.toThrow(
      "The LMS made no gradebook column for “ParamLab”",
    );
    await expect(linkQuizToActivityColumn(teacher, classId, quiz2Id, columnUrl)).rejects.toThrow(
      "no such LMS activity in this class",
    );
    await expect(linkQuizToActivityColumn(student, classId, quiz2Id, await activityId("rl-week4"))).rejects.toThrow();
    expect(await db.ltiLineItem.findUnique({ where: { quizId: quiz2Id } })).toBeNull();
  });

  it("a teacher of another LMS course cannot use this course's column, nor this teacher theirs", async () => {
    const other = await makeUser("instructor");
    const { cls } = await makeClassQuiz(other, [], {}, ["pe-def-meaning"]);
    const otherQuiz = await lmsQuizOf(other, cls.id);
    const ctx = await db.ltiContext.findUniqueOrThrow({ where: { classId } });
    const otherCtx = await db.ltiContext.create({
      data: {
        platformId: ctx.platformId,
        deploymentId: ctx.deploymentId,
        contextId: "course-202",
        classId: cls.id,
        agsScopes: ctx.agsScopes,
      },
    });
    const theirs = await db.ltiResourceLink.create({
      data: {
        contextId: otherCtx.id,
        resourceLinkId: "rl-x",
        title: "Theirs",
        lineItemUrl: `${lms.issuer}/lineitems/9/lineitem`,
      },
    });
    const week4 = await activityId("rl-week4");
    await expect(linkQuizToActivityColumn(other, cls.id, otherQuiz, week4)).rejects.toThrow(
      "no such LMS activity in this class",
    );
    await expect(linkQuizToActivityColumn(other, classId, quiz2Id, week4)).rejects.toThrow("no such class");
    await expect(linkQuizToActivityColumn(teacher, classId, quiz2Id, theirs.id)).rejects.toThrow(
      "no such LMS activity in this class",
    );
    expect(await db.ltiResourceLink.findUniqueOrThrow({ where: { id: week4 } })).toMatchObject({ quizId: null });
    // The column stays free for this course's own quiz.
    expect(await linkQuizToActivityColumn(teacher, classId, quiz2Id, week4)).toEqual({ linked: true, queued: 0 });
    expect(lms.lineItems).toHaveLength(2); // both made by the LMS, none by the app
  });

  it("a quiz linked to an activity's column resends through the usual button, with no line item scope needed", async () => {
    expect(await linkQuizToLms(teacher, classId, quizId)).toEqual({ created: false, queued: 0 });
    expect(lms.lineItems).toHaveLength(2);
  });
});
