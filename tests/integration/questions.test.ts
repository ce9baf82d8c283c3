import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseStoredQuestion } from "@/lib/quiz/question-types";
import { getAttemptView } from "@/lib/server/quiz-attempt-view";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { getAttemptResult } from "@/lib/server/quiz-results";
import { listQuestionBank, saveQuiz } from "@/lib/server/quiz-authoring";
import { getQuestionForEdit, listMyQuestions, saveQuestion, setQuestionActive } from "@/lib/server/questions";
import { questionFormSchema } from "@/lib/validation/question";
import { quizFormSchema } from "@/lib/validation/quiz";
import { loadDecks } from "@/lib/content/load";
import { loadQuestionBanks, seedQuizContent } from "@/prisma/seed-quiz";
import type { Actor } from "@/lib/server/actor";
import { stringMatching } from "@/tests/support/matchers";
import { itemIdsOf, makeUser, responseFor, seedContent } from "./quiz-fixtures";

beforeAll(seedContent);

const EXPLANATION = "Width times depth plus biases: the secret explanation nobody may read early.";
const form = (fields: Record<string, string>) => questionFormSchema.parse({ explanation: EXPLANATION, ...fields });

/** One question of each of the five types, as an instructor types them. */
const FIVE = {
  single: { type: "single", prompt: "Which layer holds most weights?", options: "input\n* the widest hidden\noutput" },
  multiple: {
    type: "multiple",
    prompt: "Which save parameters?",
    options: "* weight sharing\n* pruning\nwider layers",
  },
  numeric: { type: "numeric", prompt: "Weights of a 784x512 layer?", answer: "401408", tolPct: "1" },
  text: { type: "text", prompt: "The trick that reuses weights is called…", accepted: "Zorblax sharing\nzorblax" },
  ordering: {
    type: "ordering",
    prompt: "Order by parameter count",
    items: "Quillon tiny\nQuillon mid\nQuillon huge",
    firstLabel: "fewest",
    lastLabel: "most",
  },
} as const;

let teacher: Actor;
let other: Actor;
const mine: Record<string, string> = {};
beforeAll(async () => {
  [teacher, other] = [await makeUser("instructor"), await makeUser("instructor")];
  for (const [type, fields] of Object.entries(FIVE)) {
    mine[type] = (await saveQuestion(teacher, form({ ...fields, points: "2" }))).questionId;
  }
});

async function quizOf(actor: Actor, questionIds: string[], reviewPolicy = "never", student?: Actor) {
  const cls = await db.class.create({
    data: { name: "Owned", instructorId: actor.id, joinCode: `Q${Math.random().toString(36).slice(2, 10)}` },
  });
  if (student) await db.enrollment.create({ data: { classId: cls.id, userId: student.id } });
  const input = quizFormSchema.parse({
    classId: cls.id,
    title: "Mine",
    gradingRule: "highest",
    reviewPolicy,
    layout: "one",
    ...Object.fromEntries(questionIds.map((id) => [`q:${id}`, "on"])),
  });
  return saveQuiz(actor, input);
}

describe("instructor-authored questions", () => {
  it("stores all five types gradable by the quiz engine, and the form reads them back", async () => {
    const rows = await db.question.findMany({ where: { ownerId: teacher.id } });
    expect(rows.map((r) => r.type).sort()).toEqual(["multiple", "numeric", "ordering", "single", "text"]);
    for (const r of rows) {
      expect(() => parseStoredQuestion(r.type, r.data, r.answer)).not.toThrow();
      expect(r).toMatchObject({ points: 2, explanation: EXPLANATION, active: true });
    }
    const single = await getQuestionForEdit(teacher, mine.single);
    expect(single.values).toMatchObject({ type: "single", options: FIVE.single.options, points: "2" });
    const ordering = await getQuestionForEdit(teacher, mine.ordering);
    expect(ordering.values.items).toBe(FIVE.ordering.items);
    expect((await listMyQuestions(teacher)).length).toBe(5);
  });

  it("refuses bad input with a field message", () => {
    const bad = questionFormSchema.safeParse({ ...FIVE.single, options: "a\nb", explanation: EXPLANATION });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["options"], message: stringMatching(/exactly one/) });
    expect(questionFormSchema.safeParse({ ...FIVE.numeric, answer: "lots", explanation: EXPLANATION }).success).toBe(
      false,
    );
    expect(questionFormSchema.safeParse({ ...FIVE.text, explanation: "short" }).success).toBe(false);
  });

  it("another instructor cannot see, use or edit them; students cannot author", async () => {
    const bank = (await listQuestionBank(other)).map((q) => q.id);
    expect(bank.length).toBeGreaterThan(5);
    for (const id of Object.values(mine)) expect(bank).not.toContain(id);
    const own = (await listQuestionBank(teacher)).filter((q) => q.cardTitle === "Your questions");
    expect(own.map((q) => q.id).sort()).toEqual(Object.values(mine).sort());
    expect(await listMyQuestions(other)).toEqual([]);
    await expect(getQuestionForEdit(other, mine.single)).rejects.toMatchObject({ status: 404 });
    await expect(setQuestionActive(other, mine.single, false)).rejects.toMatchObject({ status: 404 });
    await expect(
      saveQuestion(other, form({ ...FIVE.single, questionId: mine.single, prompt: "Hijacked" })),
    ).rejects.toMatchObject({ status: 404 });
    await expect(quizOf(other, [mine.single])).rejects.toMatchObject({ status: 422 });
    const student = await makeUser();
    await expect(saveQuestion(student, form(FIVE.single))).rejects.toMatchObject({ status: 403 });
    expect(await db.question.findUniqueOrThrow({ where: { id: mine.single } })).toMatchObject({
      prompt: FIVE.single.prompt,
      active: true,
    });
  });

  it("under review 'never' a student never receives the key or the explanation, before or after submitting", async () => {
    const student = await makeUser();
    const { quizId } = await quizOf(teacher, Object.values(mine), "never", student);
    const { attemptId } = await startAttempt(student, quizId);
    const rows = await db.question.findMany({ where: { ownerId: teacher.id } });
    const secrets = [
      EXPLANATION.slice(0, 40),
      "401408",
      "Zorblax",
      ...rows.filter((r) => r.type === "multiple" || r.type === "ordering").map((r) => r.answer),
    ];
    const view = JSON.stringify(await getAttemptView(student, attemptId));
    expect(view).toContain("Quillon tiny"); // the question is there…
    for (const s of secrets) expect(view, s).not.toContain(s); // …its key is not
    for (const id of await itemIdsOf(attemptId))
      await saveAnswer(student, { attemptId, quizItemId: id, response: await responseFor(attemptId, id, true) });
    const submitted = JSON.stringify(await submitAttempt(student, attemptId));
    const result = await getAttemptResult(student, attemptId);
    expect(result.review).toBe(false);
    expect(result.items).toBeNull();
    for (const s of secrets) {
      expect(submitted, s).not.toContain(s);
      expect(JSON.stringify(result), s).not.toContain(s);
    }
    expect(result.attempt.score).toBe(10); // graded by the engine: all five right, 2 points each
    // the author sees the review of their own quiz
    expect((await getAttemptResult(teacher, attemptId)).items).toHaveLength(5);
  });

  it("once a quiz with it is started its answer is fixed; retiring takes it out of the picker only", async () => {
    const q = await saveQuestion(teacher, form({ ...FIVE.single, prompt: "Editable?" }));
    await saveQuestion(teacher, form({ ...FIVE.single, prompt: "Edited.", questionId: q.questionId }));
    expect((await db.question.findUniqueOrThrow({ where: { id: q.questionId } })).prompt).toBe("Edited.");
    await expect(
      saveQuestion(teacher, form({ ...FIVE.single, questionId: mine.single, options: "* input\nhidden" })),
    ).rejects.toMatchObject({ status: 409 });
    await setQuestionActive(teacher, q.questionId, false);
    expect((await listQuestionBank(teacher)).map((x) => x.id)).not.toContain(q.questionId);
    await expect(quizOf(teacher, [q.questionId])).rejects.toMatchObject({ status: 422 });
  });

  it("a seed run leaves instructors' questions alone", async () => {
    await seedQuizContent(db, loadQuestionBanks(loadDecks()));
    expect(await db.question.count({ where: { id: { in: Object.values(mine) }, active: true } })).toBe(5);
  });
});
