import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActor, type Actor } from "@/lib/server/actor";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { gradeSyncStatus, linkQuizToLms, queueGrade } from "@/lib/server/lti/grade-sync";
import { drainScores } from "@/lib/server/lti/score-queue";
import { launchAs, registeredLms } from "@/tests/integration/lti-fixtures";
import { makeClassQuiz, responseFor, seedContent } from "@/tests/integration/quiz-fixtures";
import type { FakeLms } from "@/tests/support/fake-lms";

// Grade passback against the fake platform: the line item is created through AGS, a graded
// attempt queues the grade, the queue sends it with the score content type, retries after a
// 503 and sends each attempt state once.
let lms: FakeLms;
let teacher: Actor;
let student: Actor;
let classId: string;
let quizId: string;

const actorOf = async (id: string) => toActor(await db.user.findUniqueOrThrow({ where: { id } }));

beforeAll(async () => {
  await seedContent();
  lms = await registeredLms();
  const t = await launchAs(lms, "u-teach");
  const s = await launchAs(lms, "u-learn-1");
  teacher = await actorOf(t.userId);
  student = await actorOf(s.userId);
  classId = t.classId;
  // A quiz of the LMS class (makeClassQuiz makes its own class: move the quiz into this one).
  const { quiz } = await makeClassQuiz(teacher, [], { gradingRule: "highest" }, ["pe-def-meaning", "pe-share-term"]);
  await db.quiz.update({ where: { id: quiz.id }, data: { classId } });
  quizId = quiz.id;
});
afterAll(() => lms.close());

async function takeQuiz(rightAnswers: number) {
  const { attemptId } = await startAttempt(student, quizId);
  const items = await db.quizItem.findMany({ where: { quizId }, orderBy: { position: "asc" } });
  for (const [i, item] of items.entries()) {
    const response = await responseFor(attemptId, item.id, i < rightAnswers);
    await saveAnswer(student, { attemptId, quizItemId: item.id, response });
  }
  await submitAttempt(student, attemptId);
  return attemptId;
}

describe("LTI grade passback (AGS)", () => {
  it("a graded attempt of an unlinked quiz queues nothing", async () => {
    await takeQuiz(1);
    expect(await db.ltiScore.count()).toBe(0);
    expect(await gradeSyncStatus(teacher, classId, quizId)).toMatchObject({ linked: false, canLink: true });
  });

  it("linking creates the line item through AGS and queues the grade already earned", async () => {
    const out = await linkQuizToLms(teacher, classId, quizId);
    expect(out).toEqual({ created: true, queued: 1 });
    expect(lms.lineItems).toHaveLength(1);
    expect(lms.lineItems[0]).toMatchObject({ scoreMaximum: 100, resourceId: quizId });
    expect(lms.lineItems[0].label).toMatch(/^Quiz /);
    expect(lms.tokenRequests).toEqual(["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"]);
    // Linking again creates no second column and queues no second copy of the same grade.
    expect(await linkQuizToLms(teacher, classId, quizId)).toEqual({ created: false, queued: 0 });
    expect(lms.lineItems).toHaveLength(1);
  });

  it("sends the score with the score content type, retrying after a 503 until it lands once", async () => {
    lms.failNextScores(1);
    const first = await drainScores("w1");
    expect(first).toMatchObject([{ status: "retry" }]);
    expect(first[0].error).toContain("503");
    expect(lms.scores).toHaveLength(0);
    expect(await drainScores("w1")).toEqual([]); // not due yet: the retry waits
    const later = () => new Date(Date.now() + 60 * 60_000);
    expect(await drainScores("w1", 20, later)).toMatchObject([{ status: "sent" }]);
    expect(await drainScores("w1", 20, later)).toEqual([]);
    expect(lms.scores).toHaveLength(1);
    const [score] = lms.scores;
    expect(score.contentType).toBe("application/vnd.ims.lis.v1.score+json");
    expect(score.lineItem).toBe(lms.lineItems[0].id.split("?")[0]);
    expect(score.body).toMatchObject({
      userId: "u-learn-1",
      scoreGiven: 50,
      scoreMaximum: 100,
      activityProgress: "Completed",
      gradingProgress: "FullyGraded",
    });
    expect(Date.parse(score.body.timestamp as string)).not.toBeNaN();
    const status = await gradeSyncStatus(teacher, classId, quizId);
    expect(status).toMatchObject({ linked: true, pending: 0, failed: 0, lastError: null });
    expect(status?.lastSyncedAt).toBeInstanceOf(Date);
  });

  it("a better attempt sends the new grade under the rule; the same state is never sent twice", async () => {
    await takeQuiz(2);
    expect(await queueGrade(quizId, student.id)).toBe(false); // already queued by the grading
    expect(await drainScores("w2", 20, () => new Date(Date.now() + 60 * 60_000))).toMatchObject([{ status: "sent" }]);
    expect(lms.scores.map((s) => s.body.scoreGiven)).toEqual([50, 100]);
    await takeQuiz(0); // "highest": the grade stays 100, but the attempt state is new
    await drainScores("w2", 20, () => new Date(Date.now() + 60 * 60_000));
    expect(lms.scores.map((s) => s.body.scoreGiven)).toEqual([50, 100, 100]);
    expect(await db.ltiScore.count({ where: { status: "sent" } })).toBe(3);
  });

  it("a grade the LMS refused for good is sent again when the instructor asks", async () => {
    const last = await db.ltiScore.findFirstOrThrow({ where: { status: "sent" }, orderBy: { createdAt: "desc" } });
    await db.ltiScore.update({ where: { id: last.id }, data: { status: "failed", error: "400" } });
    expect(await linkQuizToLms(teacher, classId, quizId)).toEqual({ created: false, queued: 1 });
    expect(await drainScores("w3")).toMatchObject([{ id: last.id, status: "sent" }]);
    expect(lms.scores).toHaveLength(4);
  });

  it("only the class's instructor sees or links it", async () => {
    await expect(gradeSyncStatus(student, classId, quizId)).rejects.toThrow();
    const other = await db.user.create({
      data: { email: "o@lti.test", name: "O", passwordHash: "x", role: "instructor" },
    });
    await expect(linkQuizToLms(toActor(other), classId, quizId)).rejects.toThrow("no such class");
  });
});
