import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { getAttemptView } from "@/lib/server/quiz-attempt-view";
import { getQuizOverview, listQuizzesForStudent } from "@/lib/server/quiz";
import { getAttemptResult } from "@/lib/server/quiz-results";
import { itemIdsOf, makeClassQuiz, makeUser, minutes, responseFor, seedContent } from "./quiz-fixtures";
import { PRACTICE } from "../support/content";
import { refusal, stringMatching } from "@/tests/support/matchers";

beforeAll(seedContent);

describe("deadlines are enforced by the server (real SQLite file)", () => {
  it("refuses answers past the time limit and closes the attempt with what was saved", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { timeLimitSec: 60 });
    const t0 = new Date("2026-12-01T09:00:00Z");
    const { attemptId } = await startAttempt(student, quiz.id, t0);
    const [first, second] = await itemIdsOf(attemptId);
    await saveAnswer(
      student,
      { attemptId, quizItemId: first, response: await responseFor(attemptId, first, true) },
      minutes(t0, 0.5),
    );

    const late = saveAnswer(
      student,
      { attemptId, quizItemId: second, response: await responseFor(attemptId, second, true) },
      minutes(t0, 1.1),
    );
    await expect(late).rejects.toMatchObject({
      status: 410,
      message: stringMatching(/^Time is up: this attempt closed at .*10:01/),
    });

    const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "submitted", autoSubmitted: true, score: 1, maxScore: 4 });
    expect(row.submittedAt).toEqual(minutes(t0, 1)); // closed at its deadline, not when noticed
    const lateAnswer = await db.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_quizItemId: { attemptId, quizItemId: second } },
    });
    expect(lateAnswer.response).toBe("null");
    // And it cannot be answered afterwards either.
    await expect(
      saveAnswer(student, { attemptId, quizItemId: second, response: "x" }, minutes(t0, 2)),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("refuses a submit past the deadline, grading the saved answers instead", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { timeLimitSec: 300 });
    const t0 = new Date("2026-12-02T09:00:00Z");
    const { attemptId } = await startAttempt(student, quiz.id, t0);
    const [first] = await itemIdsOf(attemptId);
    await saveAnswer(
      student,
      { attemptId, quizItemId: first, response: await responseFor(attemptId, first, true) },
      minutes(t0, 4),
    );
    // Within the 2-second grace a submit still counts as the student's own.
    await expect(submitAttempt(student, attemptId, new Date(minutes(t0, 5).getTime() + 5_000))).rejects.toMatchObject({
      status: 410,
    });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "submitted",
      autoSubmitted: true,
      score: 1,
    });
  });

  it("stops at the quiz's close time even without a time limit, and refuses new starts after it", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const close = new Date("2026-12-03T10:00:00Z");
    const { quiz } = await makeClassQuiz(teacher, [student], {
      openAt: new Date("2026-12-03T08:00:00Z"),
      closeAt: close,
    });
    await expect(startAttempt(student, quiz.id, new Date("2026-12-03T07:59:00Z"))).rejects.toMatchObject({
      status: 409,
      message: stringMatching(/opens at/),
    });
    const { attemptId } = await startAttempt(student, quiz.id, minutes(close, -5));
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(close);
    const [first] = await itemIdsOf(attemptId);
    await expect(
      saveAnswer(student, { attemptId, quizItemId: first, response: "unseen-few" }, minutes(close, 1)),
    ).rejects.toMatchObject({ status: 410 });
    await expect(startAttempt(student, quiz.id, minutes(close, 2))).rejects.toMatchObject({
      status: 409,
      message: stringMatching(/closed at/),
    });
  });

  it("closes an abandoned attempt when anything touches it, e.g. the quiz list", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { timeLimitSec: 120 });
    const t0 = new Date("2026-12-04T09:00:00Z");
    const { attemptId } = await startAttempt(student, quiz.id, t0);
    const ids = await itemIdsOf(attemptId);
    for (const id of ids)
      await saveAnswer(
        student,
        { attemptId, quizItemId: id, response: await responseFor(attemptId, id, true) },
        minutes(t0, 1),
      );
    // The student walks away; no submit ever comes.
    const list = await listQuizzesForStudent(student, minutes(t0, 60));
    const summary = list.find((q) => q.id === quiz.id)!;
    expect(summary.inProgressId).toBeNull();
    expect(summary.grade).toBe(1);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "submitted",
      autoSubmitted: true,
      score: 4,
    });
    expect((await getAttemptView(student, attemptId, minutes(t0, 61))).status).toBe("submitted");
  });
});

describe("races", () => {
  it("two simultaneous starts under a one-attempt limit create one attempt", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { maxAttempts: 1 });
    const results = await Promise.all([
      startAttempt(student, quiz.id),
      startAttempt(student, quiz.id),
      startAttempt(student, quiz.id),
    ]);
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
    expect(await db.attempt.count({ where: { quizId: quiz.id } })).toBe(1);
    await submitAttempt(student, results[0].attemptId);
    const again = await Promise.allSettled([startAttempt(student, quiz.id), startAttempt(student, quiz.id)]);
    expect(again.every((r) => r.status === "rejected" && /used all 1 attempt/.test(refusal(r.reason).message))).toBe(
      true,
    );
    expect(await db.attempt.count({ where: { quizId: quiz.id } })).toBe(1);
  });

  it("racing starts after a submitted attempt add exactly one more, and the limit still holds", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { maxAttempts: 2 });
    const first = await startAttempt(student, quiz.id);
    await submitAttempt(student, first.attemptId);
    const racing = await Promise.all([startAttempt(student, quiz.id), startAttempt(student, quiz.id)]);
    expect(racing[0].attemptId).toBe(racing[1].attemptId);
    await Promise.all([submitAttempt(student, racing[0].attemptId), submitAttempt(student, racing[1].attemptId)]);
    await expect(startAttempt(student, quiz.id)).rejects.toMatchObject({ status: 409 });
    expect(
      (await db.attempt.findMany({ where: { quizId: quiz.id }, orderBy: { number: "asc" } })).map((a) => a.number),
    ).toEqual([1, 2]);
  });

  it("two submits racing grade once", async () => {
    const student = await makeUser();
    const practice = await db.quiz.findUniqueOrThrow({ where: { key: "practice" } });
    const { attemptId } = await startAttempt(student, practice.id);
    const [first] = await itemIdsOf(attemptId);
    await saveAnswer(student, { attemptId, quizItemId: first, response: await responseFor(attemptId, first, true) });
    const outcomes = await Promise.all([
      submitAttempt(student, attemptId),
      submitAttempt(student, attemptId),
      submitAttempt(student, attemptId),
    ]);
    expect(outcomes.filter((o) => !o.alreadySubmitted)).toHaveLength(1);
    const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.score).toBe((await db.quizItem.findUniqueOrThrow({ where: { id: first } })).points); // the one answered right
    expect(row.maxScore).toBe(PRACTICE.maxScore);
    const graded = await db.attemptAnswer.findMany({ where: { attemptId } });
    expect(new Set(graded.map((g) => g.gradedAt?.getTime())).size).toBe(1);
    // A save after submitting is refused and changes nothing.
    await expect(saveAnswer(student, { attemptId, quizItemId: first, response: null })).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe("the grading rule picks the right attempt", () => {
  it.each([
    ["highest", 4 / 4],
    ["first", 2 / 4],
    ["last", 3 / 4],
    ["average", (2 / 4 + 4 / 4 + 3 / 4) / 3],
  ])("%s", async (rule, expected) => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const { quiz } = await makeClassQuiz(teacher, [student], { maxAttempts: 3, gradingRule: rule });
    for (const rightCount of [2, 4, 3]) {
      const { attemptId } = await startAttempt(student, quiz.id);
      const ids = await itemIdsOf(attemptId);
      for (const [i, id] of ids.entries())
        await saveAnswer(student, {
          attemptId,
          quizItemId: id,
          response: await responseFor(attemptId, id, i < rightCount),
        });
      await submitAttempt(student, attemptId);
    }
    const overview = await getQuizOverview(student, quiz.id);
    expect(overview.attempts.map((a) => a.score)).toEqual([2, 4, 3]);
    expect(overview.grade).toBeCloseTo(expected, 10);
    expect(overview.canStart).toBe(false);
    const last = overview.attempts[2];
    expect((await getAttemptResult(student, last.id)).recordedGrade).toBeCloseTo(expected, 10);
  });
});
