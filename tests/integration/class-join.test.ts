import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClass, getRoster, removeStudent, restoreStudent, rotateJoinCode } from "@/lib/server/classes";
import { joinClass, listMyEnrollments, previewJoinCode, WRONG_CODE } from "@/lib/server/class-membership";
import { JOIN_CODE_PATTERN } from "@/lib/classes/join-code";
import { joinClassSchema } from "@/lib/validation/classes";
import { cardState, makeCards, makeUser, review } from "./class-fixtures";
import { stringMatching } from "@/tests/support/matchers";

const enrollments = (classId: string) => db.enrollment.findMany({ where: { classId }, orderBy: { joinedAt: "asc" } });

describe("join codes (real SQLite file)", () => {
  it("a new class gets a unique, unambiguous code; a student joins once however often they try", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const a = await createClass(teacher, { name: "Physics A", codeLifetime: "never" });
    const b = await createClass(teacher, { name: "Physics B", codeLifetime: "never" });
    expect(a.joinCode).toMatch(JOIN_CODE_PATTERN);
    expect(a.joinCode).not.toBe(b.joinCode);
    expect(a.joinCode).not.toMatch(/[01OI]/);

    // Typed in lower case with a dash, as a student might.
    const typed = joinClassSchema.parse({
      code: `${a.joinCode.slice(0, 4).toLowerCase()}-${a.joinCode.slice(4)}`,
    }).code;
    expect(await joinClass(student, typed)).toMatchObject({ classId: a.id, already: false });
    expect(await joinClass(student, a.joinCode)).toMatchObject({ classId: a.id, already: true });
    // Two tabs at once: still one row.
    await Promise.all([joinClass(student, b.joinCode), joinClass(student, b.joinCode)]);
    expect(await enrollments(a.id)).toHaveLength(1);
    expect(await enrollments(b.id)).toHaveLength(1);
    expect((await listMyEnrollments(student)).map((c) => c.name).sort()).toEqual(["Physics A", "Physics B"]);
  });

  it("a wrong code says so and changes nothing", async () => {
    const student = await makeUser("student");
    const before = await db.enrollment.count();
    await expect(joinClass(student, "ZZZZ2222")).rejects.toMatchObject({ status: 422, message: WRONG_CODE });
    await expect(previewJoinCode(student, "ZZZZ2222")).rejects.toMatchObject({ status: 422 });
    expect(await db.enrollment.count()).toBe(before);
    expect(joinClassSchema.safeParse({ code: "O0I1-ABCD" }).success).toBe(false);
  });

  it("an expired code says when it expired and changes nothing", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const created = new Date("2026-11-01T10:00:00Z");
    const cls = await createClass(teacher, { name: "Week-long", codeLifetime: "7" }, created);
    expect(cls.joinCodeExpiresAt?.toISOString()).toBe("2026-11-08T10:00:00.000Z");
    // Still valid a minute before, refused from the expiry instant on.
    await expect(previewJoinCode(student, cls.joinCode, new Date("2026-11-08T09:59:00Z"))).resolves.toMatchObject({
      className: "Week-long",
      status: "new",
    });
    await expect(joinClass(student, cls.joinCode, new Date("2026-11-08T10:00:00Z"))).rejects.toMatchObject({
      status: 410,
      message: stringMatching(/expired on 8 Nov 2026/),
    });
    expect(await enrollments(cls.id)).toHaveLength(0);
  });

  it("after rotation the old code stops working and the new one works", async () => {
    const teacher = await makeUser("instructor");
    const [early, late] = [await makeUser("student"), await makeUser("student")];
    const cls = await createClass(teacher, { name: "Rotating", codeLifetime: "never" });
    await joinClass(early, cls.joinCode);
    const rotated = await rotateJoinCode(teacher, { classId: cls.id, codeLifetime: "30" });
    expect(rotated.joinCode).not.toBe(cls.joinCode);
    expect(rotated.joinCodeExpiresAt).not.toBeNull();
    await expect(joinClass(late, cls.joinCode)).rejects.toMatchObject({ message: WRONG_CODE });
    await joinClass(late, rotated.joinCode);
    // Members who joined with the old code stay members.
    expect((await getRoster(teacher, cls.id)).active.map((s) => s.id).sort()).toEqual([early.id, late.id].sort());
  });

  it("an instructor cannot join as a student", async () => {
    const owner = await makeUser("instructor");
    const other = await makeUser("instructor");
    const cls = await createClass(owner, { name: "Only students", codeLifetime: "never" });
    await expect(joinClass(other, cls.joinCode)).rejects.toMatchObject({
      status: 403,
      message: stringMatching(/Instructors cannot join/),
    });
    await expect(joinClass(owner, cls.joinCode)).rejects.toMatchObject({ status: 403 });
    expect(await enrollments(cls.id)).toHaveLength(0);
  });

  it("removing a student keeps their own study data; they cannot rejoin with the code until restored", async () => {
    const teacher = await makeUser("instructor");
    const student = await makeUser("student");
    const { cards } = await makeCards(2);
    const cls = await createClass(teacher, { name: "Removal", codeLifetime: "never" });
    await joinClass(student, cls.joinCode);
    await cardState(student.id, cards[0].id, new Date());
    await review(student.id, cards[0].id, new Date(), 3);
    await review(student.id, cards[1].id, new Date(), 1, 0);
    await db.experimentRun.create({
      data: {
        id: "run-removal",
        userId: student.id,
        experimentSlug: "frontier",
        settings: "{}",
        backend: "cpu",
        results: "{}",
        verdict: "supported",
        durationMs: 5,
      },
    });
    const practice = await db.quiz.create({ data: { title: "Practice", isPractice: true } });
    await db.attempt.create({
      data: {
        quizId: practice.id,
        userId: student.id,
        number: 1,
        seed: 1,
        status: "submitted",
        score: 1,
        maxScore: 2,
        submittedAt: new Date(),
      },
    });
    const own = async () => ({
      states: await db.cardState.count({ where: { userId: student.id } }),
      logs: await db.reviewLog.count({ where: { userId: student.id } }),
      runs: await db.experimentRun.count({ where: { userId: student.id } }),
      attempts: await db.attempt.count({ where: { userId: student.id } }),
    });
    const before = await own();

    await removeStudent(teacher, { classId: cls.id, studentId: student.id });
    expect(await own()).toEqual(before);
    expect(before).toEqual({ states: 1, logs: 2, runs: 1, attempts: 1 });
    const roster = await getRoster(teacher, cls.id);
    expect(roster.active).toHaveLength(0);
    expect(roster.removed.map((r) => r.id)).toEqual([student.id]);
    expect(await listMyEnrollments(student)).toEqual([]);

    await expect(joinClass(student, cls.joinCode)).rejects.toMatchObject({
      status: 403,
      message: stringMatching(/removed you from Removal/),
    });
    expect((await previewJoinCode(student, cls.joinCode)).status).toBe("removed");
    // Removing twice is a clear "not found", not a silent success.
    await expect(removeStudent(teacher, { classId: cls.id, studentId: student.id })).rejects.toMatchObject({
      status: 404,
    });

    await restoreStudent(teacher, { classId: cls.id, studentId: student.id });
    expect((await getRoster(teacher, cls.id)).active.map((s) => s.id)).toEqual([student.id]);
    expect(await own()).toEqual(before);
  });
});
