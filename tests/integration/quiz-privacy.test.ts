import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generate, parseInstance } from "@/lib/quiz/generators";
import { getAttemptView } from "@/lib/server/quiz-attempt-view";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { getQuizOverview, listQuizzesForStudent } from "@/lib/server/quiz";
import { getAttemptResult } from "@/lib/server/quiz-results";
import { itemIdsOf, makeClassQuiz, makeUser, minutes, responseFor, seedContent } from "./quiz-fixtures";
import { PRACTICE } from "../support/content";

beforeAll(seedContent);

/** Every string that would give an answer away, for every question of an attempt. */
async function secretsOf(attemptId: string): Promise<string[]> {
  const answers = await db.attemptAnswer.findMany({
    where: { attemptId },
    include: { quizItem: { include: { question: true } } },
  });
  const secrets: string[] = [];
  for (const a of answers) {
    const q = a.quizItem.question;
    // The explanation, by a long plain stretch of it.
    secrets.push(q.explanation.replace(/[*$`\\]/g, "").slice(0, 40));
    if (q.type === "generated") {
      const inst = parseInstance(a.instance);
      if (inst.answer >= 1000) secrets.push(String(inst.answer), inst.answer.toLocaleString("en-US"));
      secrets.push(inst.working.at(-1)!.replace(/\*/g, ""));
    } else if (q.type === "text") {
      secrets.push(...(JSON.parse(q.answer) as string[]));
    } else if (q.type === "numeric") {
      // Short numbers also occur as layer sizes in other prompts; long ones are telling.
      if (Math.abs(JSON.parse(q.answer) as number) >= 1000) secrets.push(q.answer);
    } else if (q.type !== "single") {
      // multiple-choice sets and orderings as the JSON the database holds
      secrets.push(q.answer);
    }
  }
  return secrets;
}

describe("nothing the student receives before submitting reveals an answer", () => {
  it("the attempt view carries no answer, accepted text, explanation or working", async () => {
    const student = await makeUser();
    const practice = await db.quiz.findUniqueOrThrow({ where: { key: "practice" } });
    const { attemptId } = await startAttempt(student, practice.id);
    const view = await getAttemptView(student, attemptId);
    expect(view.status).toBe("in_progress");
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"(answer|accepted|correct|explanation|working|instance|seed)"\s*:/);
    const secrets = await secretsOf(attemptId);
    expect(secrets.length).toBeGreaterThan(PRACTICE.count); // an explanation per question, and more
    for (const s of secrets) expect(json, s).not.toContain(s);
    // …and neither does the quiz overview or list, nor a save's reply.
    const [first] = await itemIdsOf(attemptId);
    const saved = await saveAnswer(student, {
      attemptId,
      quizItemId: first,
      response: await responseFor(attemptId, first, false),
    });
    for (const payload of [await getQuizOverview(student, "practice"), await listQuizzesForStudent(student), saved]) {
      const text = JSON.stringify(payload);
      for (const s of secrets) expect(text, s).not.toContain(s);
    }
    // Before submitting, the result page offers no review either.
    expect((await getAttemptResult(student, attemptId)).items).toBeNull();
  });

  it("after submitting (review after_submit) the result shows answers, explanations and proof links", async () => {
    const student = await makeUser();
    const { attemptId } = await startAttempt(
      student,
      (await db.quiz.findUniqueOrThrow({ where: { key: "practice" } })).id,
    );
    await submitAttempt(student, attemptId);
    const result = await getAttemptResult(student, attemptId);
    expect(result.review).toBe(true);
    expect(result.items).toHaveLength(PRACTICE.count);
    for (const item of result.items!) {
      expect(item.explanationHtml.length).toBeGreaterThan(30);
      expect(item.card?.href).toMatch(/^\/decks\/parameter-efficiency#pe-/);
      expect(item.experimentHref).toMatch(/^\/experiments\/[a-z-]+\?card=pe-/);
      expect(item.verdict).toBe("unanswered");
    }
    expect(result.items!.filter((i) => i.workingHtml.length > 0)).toHaveLength(PRACTICE.generated); // the generated ones
  });
});

describe("review policy after_close", () => {
  it("hides answers until the close time, even after submitting; the instructor sees them", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const close = new Date("2026-12-10T12:00:00Z");
    const { quiz } = await makeClassQuiz(teacher, [student], { closeAt: close, reviewPolicy: "after_close" });
    const { attemptId } = await startAttempt(student, quiz.id, minutes(close, -30));
    await submitAttempt(student, attemptId, minutes(close, -20));
    const before = await getAttemptResult(student, attemptId, minutes(close, -10));
    expect(before.review).toBe(false);
    expect(before.items).toBeNull();
    expect(before.attempt.score).toBe(0);
    expect((await getAttemptResult(teacher, attemptId, minutes(close, -10))).review).toBe(true);
    expect((await getAttemptResult(student, attemptId, minutes(close, 1))).review).toBe(true);
  });
});

describe("who may see what", () => {
  it("keeps other students, non-members and removed students out", async () => {
    const [teacher, member, outsider, otherTeacher] = [
      await makeUser("instructor"),
      await makeUser(),
      await makeUser(),
      await makeUser("instructor"),
    ];
    const { quiz, cls } = await makeClassQuiz(teacher, [member]);
    await expect(startAttempt(outsider, quiz.id)).rejects.toMatchObject({ status: 403 });
    await expect(getQuizOverview(outsider, quiz.id)).rejects.toMatchObject({ status: 404 });
    expect((await listQuizzesForStudent(outsider)).map((q) => q.id)).not.toContain(quiz.id);
    expect((await listQuizzesForStudent(member)).map((q) => q.id)).toContain(quiz.id);

    const { attemptId } = await startAttempt(member, quiz.id);
    const [first] = await itemIdsOf(attemptId);
    await expect(getAttemptView(outsider, attemptId)).rejects.toMatchObject({ status: 404 });
    await expect(saveAnswer(outsider, { attemptId, quizItemId: first, response: null })).rejects.toMatchObject({
      status: 404,
    });
    await expect(submitAttempt(outsider, attemptId)).rejects.toMatchObject({ status: 404 });
    await expect(getAttemptResult(outsider, attemptId)).rejects.toMatchObject({ status: 404 });
    await expect(getAttemptResult(otherTeacher, attemptId)).rejects.toMatchObject({ status: 404 });

    await db.enrollment.updateMany({ where: { classId: cls.id, userId: member.id }, data: { removedAt: new Date() } });
    await submitAttempt(member, attemptId);
    await expect(startAttempt(member, quiz.id)).rejects.toMatchObject({ status: 403 });
  });

  it("refuses an answer that does not fit the question", async () => {
    const student = await makeUser();
    const { attemptId } = await startAttempt(
      student,
      (await db.quiz.findUniqueOrThrow({ where: { key: "practice" } })).id,
    );
    const view = await getAttemptView(student, attemptId);
    if (view.status !== "in_progress") throw new Error("expected an open attempt");
    const single = view.questions.find((q) => q.type === "single")!;
    const ordering = view.questions.find((q) => q.type === "ordering")!;
    await expect(
      saveAnswer(student, { attemptId, quizItemId: single.itemId, response: "no-such-option" }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      saveAnswer(student, { attemptId, quizItemId: ordering.itemId, response: ["dense"] }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(saveAnswer(student, { attemptId, quizItemId: "not-an-item", response: null })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("generated questions", () => {
  it("give each attempt its own numbers, stored with the seed so the grade can be re-derived", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const practice = await db.quiz.findUniqueOrThrow({ where: { key: "practice" } });
    const instances = [];
    for (const s of [a, b]) {
      const { attemptId } = await startAttempt(s, practice.id);
      const rows = await db.attemptAnswer.findMany({ where: { attemptId, instance: { not: null } } });
      expect(rows).toHaveLength(PRACTICE.generated);
      for (const r of rows) {
        const inst = parseInstance(r.instance);
        expect(generate(inst.generator, inst.seed)).toEqual(inst); // re-derivable from the seed alone
        instances.push(inst);
      }
    }
    expect(new Set(instances.map((i) => i.seed)).size).toBe(2 * PRACTICE.generated);
  });

  it("grade a generated answer against the student's own numbers", async () => {
    const student = await makeUser();
    const practice = await db.quiz.findUniqueOrThrow({ where: { key: "practice" } });
    const { attemptId } = await startAttempt(student, practice.id);
    const rows = await db.attemptAnswer.findMany({ where: { attemptId, instance: { not: null } } });
    for (const [i, r] of rows.entries()) {
      const inst = parseInstance(r.instance);
      await saveAnswer(student, {
        attemptId,
        quizItemId: r.quizItemId,
        response: i === 0 ? inst.answer.toLocaleString("en-US") : String(inst.answer + 1000),
      });
    }
    await submitAttempt(student, attemptId);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).score).toBe(1);
  });
});
