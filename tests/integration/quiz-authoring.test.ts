import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuizForEdit, listMyQuizzes, listQuestionBank, saveQuiz } from "@/lib/server/quiz-authoring";
import { listQuizzesForStudent } from "@/lib/server/quiz";
import { startAttempt } from "@/lib/server/quiz-attempts";
import { quizFormSchema, type QuizFormInput } from "@/lib/validation/quiz";
import { makeUser, seedContent } from "./quiz-fixtures";
import { stringMatching } from "@/tests/support/matchers";

beforeAll(seedContent);

async function classOf(teacherId: string, students: string[] = []) {
  const cls = await db.class.create({
    data: { name: "Deep Learning Systems", instructorId: teacherId, joinCode: `J${Math.random()}` },
  });
  for (const s of students) await db.enrollment.create({ data: { classId: cls.id, userId: s } });
  return cls;
}

function form(fields: Record<string, string>): QuizFormInput {
  const parsed = quizFormSchema.safeParse({
    title: "Week 3",
    gradingRule: "highest",
    reviewPolicy: "after_submit",
    layout: "one",
    ...fields,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

describe("instructor quiz authoring (real SQLite file)", () => {
  it("creates a quiz for an own class, reading times in the instructor's zone, and enrolled students see it", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()]; // both Europe/Berlin
    const cls = await classOf(teacher.id, [student.id]);
    const bank = await listQuestionBank(teacher);
    const picked = [
      bank.find((q) => q.key === "gen:conv-vs-dense")!.id,
      bank.find((q) => q.key === "pe-def-meaning")!.id,
    ];
    const { quizId } = await saveQuiz(
      teacher,
      form({
        classId: cls.id,
        openAt: "2026-12-01T09:00",
        closeAt: "2026-12-01T10:30",
        timeLimitMin: "20",
        maxAttempts: "2",
        gradingRule: "average",
        shuffleOptions: "on",
        [`q:${picked[0]}`]: "on",
        [`q:${picked[1]}`]: "on",
      }),
    );
    const row = await db.quiz.findUniqueOrThrow({
      where: { id: quizId },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(row.openAt).toEqual(new Date("2026-12-01T08:00:00Z")); // 09:00 in Berlin (winter, UTC+1)
    expect(row.closeAt).toEqual(new Date("2026-12-01T09:30:00Z"));
    expect(row).toMatchObject({
      timeLimitSec: 1200,
      maxAttempts: 2,
      gradingRule: "average",
      shuffleOptions: true,
      shuffleQuestions: false,
      createdById: teacher.id,
    });
    expect(row.items.map((i) => i.questionId)).toEqual(picked);
    expect((await listQuizzesForStudent(student)).map((q) => q.id)).toContain(quizId);
    expect((await getQuizForEdit(teacher, quizId)).openAt).toBe("2026-12-01T09:00");
    expect((await listMyQuizzes(teacher)).map((q) => q.id)).toEqual([quizId]);
  });

  it("refuses another instructor's class, another instructor's quiz, and students", async () => {
    const [a, b, student] = [await makeUser("instructor"), await makeUser("instructor"), await makeUser()];
    const clsA = await classOf(a.id);
    const q = (await listQuestionBank(a))[0].id;
    await expect(saveQuiz(b, form({ classId: clsA.id, [`q:${q}`]: "on" }))).rejects.toMatchObject({ status: 403 });
    const { quizId } = await saveQuiz(a, form({ classId: clsA.id, [`q:${q}`]: "on" }));
    const clsB = await classOf(b.id);
    await expect(saveQuiz(b, form({ quizId, classId: clsB.id, [`q:${q}`]: "on" }))).rejects.toMatchObject({
      status: 404,
    });
    await expect(getQuizForEdit(b, quizId)).rejects.toMatchObject({ status: 404 });
    await expect(listQuestionBank(student)).rejects.toMatchObject({ status: 403 });
    await expect(saveQuiz(student, form({ classId: clsA.id, [`q:${q}`]: "on" }))).rejects.toMatchObject({
      status: 403,
    });
  });

  it("fixes the questions once students started, but moves open attempts' deadlines with the close time", async () => {
    const [teacher, student] = [await makeUser("instructor"), await makeUser()];
    const cls = await classOf(teacher.id, [student.id]);
    const bank = await listQuestionBank(teacher);
    const [q1, q2] = [bank[0].id, bank[1].id];
    const { quizId } = await saveQuiz(teacher, form({ classId: cls.id, [`q:${q1}`]: "on" }));
    const start = new Date("2026-12-05T10:00:00Z");
    const { attemptId } = await startAttempt(student, quizId, start);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toBeNull();

    await expect(
      saveQuiz(teacher, form({ quizId, classId: cls.id, [`q:${q1}`]: "on", [`q:${q2}`]: "on" })),
    ).rejects.toMatchObject({
      status: 409,
      message: stringMatching(/questions can no longer change/),
    });
    await saveQuiz(
      teacher,
      form({ quizId, classId: cls.id, title: "Renamed", closeAt: "2026-12-05T12:00", [`q:${q1}`]: "on" }),
    );
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.deadlineAt).toEqual(new Date("2026-12-05T11:00:00Z")); // 12:00 Berlin
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quizId } })).title).toBe("Renamed");
  });
});

describe("the quiz form's rules", () => {
  const base = {
    classId: "c",
    title: "T",
    gradingRule: "last",
    reviewPolicy: "after_submit",
    layout: "all",
    "q:x": "on",
  };
  it.each([
    [{ openAt: "2026-12-01T10:00", closeAt: "2026-12-01T09:00" }, "The close time must be after the open time."],
    [{ reviewPolicy: "after_close" }, "“After the close time” needs a close time."],
    // An impossible date is a field error, never silently "no close time" (which under review
    // "after close" would reveal the answers at once).
    [
      { closeAt: "2026-02-30T10:00", reviewPolicy: "after_close" },
      "That date does not exist (check the day of the month and the time).",
    ],
    [{ openAt: "2026-13-01T10:00" }, "That date does not exist (check the day of the month and the time)."],
    [{ closeAt: "2026-12-01T24:00" }, "That date does not exist (check the day of the month and the time)."],
    [{ "q:x": "" }, "Pick at least one question."],
    [{ timeLimitMin: "0" }, "The time limit must be a whole number from 1 to 600, or empty."],
    [{ maxAttempts: "two" }, "The attempt limit must be a whole number from 1 to 50, or empty."],
    [{ gradingRule: "best" }, "Choose how attempts are graded."],
    [{ title: "  " }, "Give the quiz a title."],
  ])("%j → %s", (patch, message) => {
    const parsed = quizFormSchema.safeParse({ ...base, ...patch });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain(message);
  });
  it("reads empty optional fields as none and checkboxes as booleans", () => {
    const parsed = quizFormSchema.parse({ ...base, shuffleQuestions: "on", timeLimitMin: "", maxAttempts: "" });
    expect(parsed).toMatchObject({
      timeLimitMin: null,
      maxAttempts: null,
      openAt: null,
      closeAt: null,
      shuffleQuestions: true,
      shuffleOptions: false,
      questionIds: ["x"],
    });
  });
});
