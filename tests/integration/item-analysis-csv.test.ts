import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { createClass } from "@/lib/server/classes";
import { joinClass } from "@/lib/server/class-membership";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { itemAnalysisCsv } from "@/lib/server/item-analysis-csv";
import { BOM } from "@/lib/csv";
import { makeCards, makeUser, submitAttempt } from "./class-fixtures";

// The hand-worked class of tests/unit/quiz/item-statistics.test.ts, through the database:
// items worth 1, 1 and 2 marks (a 4-option single choice, an ordering, a typed number),
// five students A–E with totals 4, 3, 2, 2, 0. Every number below is derived there by hand.
const MARKS = [
  [1, 1, 2],
  [1, 0, 2],
  [1, 1, 0],
  [0, 1, 1],
  [0, 0, 0],
];
const now = new Date("2026-03-29T12:00:00Z");

describe("item-analysis CSV (real SQLite file)", () => {
  let teacher: Actor;
  let classId: string;
  let quizId: string;

  beforeAll(async () => {
    teacher = await makeUser("instructor", { timeZone: "UTC" });
    const { deck } = await makeCards(1);
    const cls = await createClass(teacher, { name: "Stats class", codeLifetime: "never" });
    classId = cls.id;
    const quiz = await db.quiz.create({ data: { title: "=Unit test", classId, gradingRule: "highest" } });
    quizId = quiz.id;
    const options = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}` }));
    const questions = [
      { type: "single", prompt: "Pick **one**", data: { options }, points: 1 },
      {
        type: "ordering",
        prompt: "Order them",
        data: { items: options.slice(0, 3), firstLabel: "first", lastLabel: "last" },
        points: 1,
      },
      { type: "numeric", prompt: "How many?", data: { tolerance: {} }, points: 2 },
    ];
    const itemIds: string[] = [];
    for (const [i, q] of questions.entries()) {
      const row = await db.question.create({
        data: {
          key: `csv-q-${randomUUID()}`,
          deckId: deck.id,
          type: q.type,
          prompt: q.prompt,
          data: JSON.stringify(q.data),
          points: q.points,
        },
      });
      itemIds.push(
        (await db.quizItem.create({ data: { quizId, questionId: row.id, position: i + 1, points: q.points } })).id,
      );
    }
    for (const [i, marks] of MARKS.entries()) {
      const s = await makeUser("student", { name: `Student ${"ABCDE"[i]}` });
      await joinClass(s, cls.joinCode);
      await submitAttempt(quizId, s.id, 1, itemIds, marks, 4, now);
    }
  });

  it("has Moodle's quiz statistics, then one row per question, with the conventions of the other exports", async () => {
    const { fileName, csv } = await itemAnalysisCsv(teacher, classId, quizId, "graded", now);
    expect(fileName).toBe("item-analysis-unit-test-2026-03-29.csv");
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(BOM.length).split("\r\n");
    expect(lines.slice(0, 12)).toEqual([
      `"Quiz","'=Unit test"`, // text starting with = is never a formula
      `"Class","Stats class"`,
      `"Attempts analysed","5 (graded: highest)"`,
      `"Maximum mark","4"`,
      `"Mean (%)","55"`, // 2.2 of 4
      `"Median (%)","50"`, // 2 of 4
      `"Standard deviation (%)","37.1"`, // √2.2 = 1.4832 of 4
      `"Skewness","-0.5516"`,
      `"Kurtosis","0.8678"`,
      `"Coefficient of internal consistency (%)","40.9"`, // 9/22
      `"Error ratio (%)","76.9"`, // √(13/22)
      `"Standard error (%)","28.5"`, // √1.3 = 1.1402 of 4
    ]);
    expect(lines[12]).toBe("");
    expect(lines[13]).toBe(
      `"Q#","Question","Type","Marks","Random guess score (%)","Facility index (%)","Standard deviation (%)","Discrimination index (%)","Discriminative efficiency (%)","Flags"`,
    );
    expect(lines.slice(14)).toEqual([
      `"1","Pick one","single","1","25","60","54.8","48","54.5",""`,
      `"2","Order them","ordering","1","50","60","54.8","6.8","9.1","discrimination below 25%; efficiency below 15%"`,
      `"3","How many?","numeric","2","0","50","50","29.9","33.3",""`,
      "", // the final CRLF
    ]);
  });

  it("follows the chosen attempts and shows the random guess score on the results too", async () => {
    const r = await getQuizResults(teacher, classId, quizId, "all");
    expect(r.items.map((i) => i.randomGuess)).toEqual([0.25, 0.5, 0]);
    const { csv } = await itemAnalysisCsv(teacher, classId, quizId, "all", now);
    expect(csv).toContain(`"Attempts analysed","5 (all)"`);
  });

  it("another instructor gets 'not found' and a student is refused, with no CSV", async () => {
    const other = await makeUser("instructor");
    await expect(itemAnalysisCsv(other, classId, quizId)).rejects.toMatchObject({ status: 404 });
    const student = await makeUser("student");
    await expect(itemAnalysisCsv(student, classId, quizId)).rejects.toMatchObject({ status: 403 });
  });
});
