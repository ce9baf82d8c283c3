import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { loadQuestionBanks, seedQuizContent } from "@/prisma/seed-quiz";
import { startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { getAttemptResult } from "@/lib/server/quiz-results";
import { makeUser } from "./quiz-fixtures";
import { CONTENT_QUIZZES, PRACTICE, QUESTIONS } from "../support/content";

const decks = loadDecks();

async function practiceItems() {
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { key: "practice" },
    include: { items: { orderBy: { position: "asc" }, include: { question: { select: { key: true } } } } },
  });
  return quiz.items.map((i) => ({ id: i.id, key: i.question.key, position: i.position }));
}

describe("question bank seed (real SQLite file)", () => {
  it("creates the questions and the practice quiz, and a second run changes no ids", async () => {
    await seedDecks(db, decks);
    const first = await seedQuizContent(db, loadQuestionBanks(decks));
    expect(first).toEqual({
      questions: { created: QUESTIONS.length, updated: 0, retired: 0 },
      quizzes: CONTENT_QUIZZES.length,
    });
    const questions = await db.question.findMany({ select: { id: true, key: true }, orderBy: { key: "asc" } });
    const items = await practiceItems();
    expect(items.map((i) => i.key)).toEqual(PRACTICE.questions.map((q) => q.key)); // positions 1…n, in file order
    expect(items.map((i) => i.position)).toEqual(PRACTICE.questions.map((_, i) => i + 1));
    const second = await seedQuizContent(db, loadQuestionBanks(decks));
    expect(second).toEqual({
      questions: { created: 0, updated: QUESTIONS.length, retired: 0 },
      quizzes: CONTENT_QUIZZES.length,
    });
    expect(await db.question.findMany({ select: { id: true, key: true }, orderBy: { key: "asc" } })).toEqual(questions);
    expect(await practiceItems()).toEqual(items);
    expect(await db.quiz.count({ where: { key: "practice" } })).toBe(1);
  });

  it("retires an answered question that leaves the practice quiz instead of deleting it, and keeps old results whole", async () => {
    const [bank] = loadQuestionBanks(decks);
    await seedQuizContent(db, [bank]);
    const student = await makeUser();
    const practice = await db.quiz.findUniqueOrThrow({ where: { key: "practice" } });
    const { attemptId } = await startAttempt(student, practice.id);
    await submitAttempt(student, attemptId);

    // Drop the first question and put one that was not in the quiz in the middle.
    const quiz = bank.bank.quizzes.find((q) => q.key === "practice")!;
    const [dropped, ...rest] = quiz.questions;
    const added = bank.bank.questions.find((q) => !quiz.questions.includes(q.key))!.key;
    const middle = Math.floor(rest.length / 2);
    const edited = {
      ...bank,
      bank: {
        ...bank.bank,
        quizzes: [{ ...quiz, questions: [...rest.slice(0, middle), added, ...rest.slice(middle)] }],
      },
    };
    await seedQuizContent(db, [edited]);
    const items = await practiceItems();
    const retired = items.find((i) => i.key === dropped)!;
    expect(retired.position).toBeLessThanOrEqual(0); // kept for the old attempt
    expect(items.filter((i) => i.position > 0).map((i) => i.key)).toEqual(edited.bank.quizzes[0].questions);

    const next = await startAttempt(student, practice.id);
    const keys = await db.attemptAnswer.findMany({
      where: { attemptId: next.attemptId },
      include: { quizItem: { include: { question: true } } },
    });
    expect(keys.map((k) => k.quizItem.question.key)).not.toContain(dropped);
    expect(keys.map((k) => k.quizItem.question.key).sort()).toEqual([...edited.bank.quizzes[0].questions].sort());
    expect((await getAttemptResult(student, attemptId)).items).toHaveLength(quiz.questions.length); // the old attempt still shows all it had
  });

  it("names the file and the question of a bad bank, before anything is written", () => {
    const dir = mkdtempSync(join(tmpdir(), "bank-"));
    mkdirSync(join(dir, "parameter-efficiency"));
    const bank = JSON.parse(
      readFileSync(join(process.cwd(), "content/parameter-efficiency/questions.json"), "utf8"),
    ) as { questions: { key: string; options?: unknown }[] };
    const i = bank.questions.findIndex((q) => q.key === "pe-share-which-reduces");
    bank.questions[i].options = [{ id: "only", text: "One option", correct: true }];
    const file = join(dir, "parameter-efficiency", "questions.json");
    writeFileSync(file, JSON.stringify(bank));
    expect(() => loadQuestionBanks(decks, dir)).toThrow(
      `${file}: question 'pe-share-which-reduces' (#${i + 1}) is not valid`,
    );
  });
});
