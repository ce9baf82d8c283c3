import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { CLASS_NOT_FOUND, QUIZ_NOT_FOUND, STUDENT_NOT_FOUND } from "@/lib/server/class-access";
import {
  createClass,
  getRoster,
  listMyClasses,
  removeStudent,
  restoreStudent,
  rotateJoinCode,
} from "@/lib/server/classes";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { getStudentDetail } from "@/lib/server/class-student";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { gradebookCsv, progressCsv } from "@/lib/server/class-exports";
import { joinClass } from "@/lib/server/class-membership";
import { progressQuerySchema } from "@/lib/validation/classes";
import { makeCards, makeQuiz, makeUser, review, submitAttempt } from "./class-fixtures";
import { refusal } from "@/tests/support/matchers";

const query = progressQuerySchema.parse({});

/** Every way an instructor can read or change a class, given a class, one of its students and one of its quizzes. */
const reads = (classId: string, studentId: string, quizId: string) => ({
  roster: (a: Actor) => getRoster(a, classId),
  dashboard: (a: Actor) => getClassDashboard(a, classId, query),
  student: (a: Actor) => getStudentDetail(a, classId, studentId),
  quizResults: (a: Actor) => getQuizResults(a, classId, quizId),
  gradebookCsv: (a: Actor) => gradebookCsv(a, classId),
  progressCsv: (a: Actor) => progressCsv(a, classId),
  rotate: (a: Actor) => rotateJoinCode(a, { classId, codeLifetime: "never" }),
  remove: (a: Actor) => removeStudent(a, { classId, studentId }),
  restore: (a: Actor) => restoreStudent(a, { classId, studentId }),
});

describe("who may read class data (real SQLite file)", () => {
  let owner: Actor, other: Actor, student: Actor, otherStudent: Actor;
  let classId: string, quizId: string, code: string, otherClassId: string, otherQuizId: string;

  beforeAll(async () => {
    owner = await makeUser("instructor", { name: "Owner" });
    other = await makeUser("instructor", { name: "Other" });
    student = await makeUser("student", { name: "Secret Student" });
    otherStudent = await makeUser("student");
    const { deck, cards } = await makeCards(1);
    const cls = await createClass(owner, { name: "Owner's class", codeLifetime: "never" });
    const otherCls = await createClass(other, { name: "Other's class", codeLifetime: "never" });
    [classId, code, otherClassId] = [cls.id, cls.joinCode, otherCls.id];
    await joinClass(student, cls.joinCode);
    await joinClass(otherStudent, otherCls.joinCode);
    await review(student.id, cards[0].id, new Date(), 3);
    const { quiz, items } = await makeQuiz(classId, deck.id, [1]);
    quizId = quiz.id;
    await submitAttempt(quizId, student.id, 1, [items[0].id], [1], 1);
    otherQuizId = (await makeQuiz(otherClassId, deck.id, [1])).quiz.id;
  });

  it("the owner can read everything", async () => {
    const r = reads(classId, student.id, quizId);
    expect((await r.dashboard(owner)).cls.name).toBe("Owner's class");
    expect((await r.dashboard(owner)).table.rows.map((s) => s.name)).toEqual(["Secret Student"]);
    expect((await r.student(owner)).student.name).toBe("Secret Student");
    expect((await r.quizResults(owner)).graded).toBe(1);
    expect((await r.gradebookCsv(owner)).csv).toContain("Secret Student");
    expect((await listMyClasses(owner)).map((c) => c.id)).toEqual([classId]);
  });

  it("another instructor gets the same 'not found' as for a class that does not exist, for every read and write", async () => {
    const mine = reads(classId, student.id, quizId);
    const missing = reads("doesnotexist000", student.id, quizId);
    for (const [name, call] of Object.entries(mine)) {
      const told = await call(other).then((value) => ({ leaked: value }), refusal);
      const baseline = await missing[name as keyof typeof missing](other).catch(refusal);
      expect(told, name).toEqual({ status: 404, message: CLASS_NOT_FOUND });
      expect(told, name).toEqual(baseline);
    }
    expect((await listMyClasses(other)).map((c) => c.id)).toEqual([otherClassId]);
    // Nothing changed: the code was not rotated and the student was not removed.
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode).toBe(code);
    expect((await db.enrollment.findFirstOrThrow({ where: { classId, userId: student.id } })).removedAt).toBeNull();
  });

  it("an owner cannot reach into another class through their own class id", async () => {
    // A student who is not in this class, and a quiz that belongs to another class.
    await expect(getStudentDetail(owner, classId, otherStudent.id)).rejects.toMatchObject({
      status: 404,
      message: STUDENT_NOT_FOUND,
    });
    await expect(getQuizResults(owner, classId, otherQuizId)).rejects.toMatchObject({
      status: 404,
      message: QUIZ_NOT_FOUND,
    });
    // The other instructor cannot see this class's student through their own class either.
    await expect(getStudentDetail(other, otherClassId, student.id)).rejects.toMatchObject({
      status: 404,
      message: STUDENT_NOT_FOUND,
    });
  });

  it("a student cannot read any instructor data, not even their own class's", async () => {
    for (const [name, call] of Object.entries(reads(classId, student.id, quizId))) {
      await expect(call(student), name).rejects.toMatchObject({ status: 403 });
    }
    await expect(listMyClasses(student)).rejects.toMatchObject({ status: 403 });
    await expect(createClass(student, { name: "Mine now", codeLifetime: "never" })).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.class.count({ where: { name: "Mine now" } })).toBe(0);
  });

  it("a removed student disappears from the dashboard, the detail page and the exports", async () => {
    const r = reads(classId, student.id, quizId);
    await r.remove(owner);
    try {
      await expect(r.student(owner)).rejects.toMatchObject({ status: 404, message: STUDENT_NOT_FOUND });
      expect((await r.dashboard(owner)).table.total).toBe(0);
      expect((await r.gradebookCsv(owner)).csv).not.toContain("Secret Student");
      expect((await r.progressCsv(owner)).csv).not.toContain("Secret Student");
      expect((await r.quizResults(owner)).graded).toBe(0);
    } finally {
      await r.restore(owner);
    }
  });
});
