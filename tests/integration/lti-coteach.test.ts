import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toActor, type Actor } from "@/lib/server/actor";
import { ownedClass, teachesClass } from "@/lib/server/class-access";
import { addClassTeacher, listClassTeachers } from "@/lib/server/class-teachers";
import { createClass, getRoster, listMyClasses } from "@/lib/server/classes";
import { listMyQuestions } from "@/lib/server/questions";
import { getQuizForEdit, listMyQuizzes, listQuestionBank, saveQuiz } from "@/lib/server/quiz-authoring";
import { syncClassRoster, syncRoster } from "@/lib/server/lti/roster";
import { quizFormSchema } from "@/lib/validation/quiz";
import { launchAs, registeredLms } from "@/tests/integration/lti-fixtures";
import { makeUser, seedContent } from "@/tests/integration/quiz-fixtures";
import { ROLE, type FakeLms } from "@/tests/support/fake-lms";
import { stringMatching } from "@/tests/support/matchers";

// Issue 17: an LMS Instructor teaches THAT class only (no app-wide instructor role), a second
// instructor of the same course co-teaches it, and the LMS roster adds and removes co-teachers.
let lms: FakeLms;
let classId: string;
let contextRowId: string;
let tessId: string; // the first instructor: the class's owner

const actorOf = async (id: string): Promise<Actor> => toActor(await db.user.findUniqueOrThrow({ where: { id } }));
const quizForm = (classId: string, questionId: string) =>
  quizFormSchema.parse({
    title: "Week 1",
    gradingRule: "highest",
    reviewPolicy: "after_submit",
    layout: "one",
    classId,
    [`q:${questionId}`]: "on",
  });

beforeAll(async () => {
  await seedContent();
  lms = await registeredLms();
  lms.users.set("u-teach-2", { sub: "u-teach-2", name: "Cora Coteacher", roles: [ROLE.instructor] });
  const first = await launchAs(lms, "u-teach");
  classId = first.classId;
  contextRowId = first.contextRowId;
  tessId = first.userId;
});
afterAll(() => lms.close());

describe("LMS teachers teach their LMS classes only", () => {
  it("a second instructor launch co-teaches the same class, as a student app-wide", async () => {
    const out = await launchAs(lms, "u-teach-2");
    expect(out.classId).toBe(classId);
    expect(out.landing).toBe(`/teach/classes/${classId}`);
    const cora = await actorOf(out.userId);
    expect(cora).toMatchObject({ role: "student", teachesClasses: true });
    expect((await ownedClass(cora, classId)).id).toBe(classId);
    expect((await listMyClasses(cora)).map((c) => c.id)).toEqual([classId]);
    expect((await getRoster(cora, classId)).cls.id).toBe(classId);
    // Assigning a quiz to the LMS class works, and both teachers see and may edit it.
    const bank = await listQuestionBank(cora);
    const { quizId } = await saveQuiz(cora, quizForm(classId, bank[0].id));
    const tess = await actorOf(tessId);
    expect((await listMyQuizzes(tess)).map((q) => q.id)).toContain(quizId);
    expect((await getQuizForEdit(tess, quizId)).classId).toBe(classId);
    const teachers = await listClassTeachers(cora, classId);
    expect(teachers.map((t) => [t.name, t.owner])).toEqual([
      ["Tess Teacher", true],
      ["Cora Coteacher", false],
    ]);
  });

  it("an LMS teacher sees no other class and gets no app-wide instructor powers", async () => {
    const app = await makeUser("instructor");
    const other = await createClass(app, { name: "Standalone", codeLifetime: "never" });
    const cora = await actorOf((await db.ltiUserLink.findFirstOrThrow({ where: { subject: "u-teach-2" } })).userId);
    await expect(ownedClass(cora, other.id)).rejects.toMatchObject({ status: 404 });
    expect(await teachesClass(cora, other.id)).toBe(false);
    expect((await listMyClasses(cora)).map((c) => c.id)).not.toContain(other.id);
    const bank = await listQuestionBank(cora);
    await expect(saveQuiz(cora, quizForm(other.id, bank[0].id))).rejects.toMatchObject({ status: 403 });
    const refusal = { status: 403, message: stringMatching(/through your LMS/) };
    await expect(createClass(cora, { name: "Mine", codeLifetime: "never" })).rejects.toMatchObject(refusal);
    await expect(listMyQuestions(cora)).rejects.toMatchObject(refusal);
    expect(await db.class.count({ where: { name: "Mine" } })).toBe(0);
  });

  it("an ordinary app instructor is unaffected, and never sees the LMS class; a student is refused", async () => {
    const app = await makeUser("instructor");
    const own = await createClass(app, { name: "Mine too", codeLifetime: "never" });
    expect((await listMyClasses(app)).map((c) => c.id)).toEqual([own.id]);
    await expect(ownedClass(app, classId)).rejects.toMatchObject({ status: 404 });
    expect((await listMyQuestions(app)).length).toBeGreaterThanOrEqual(0);
    const student = await makeUser("student");
    await expect(listMyClasses(student)).rejects.toMatchObject({
      status: 403,
      message: "Only instructors can do this.",
    });
    await expect(ownedClass(student, classId)).rejects.toMatchObject({ status: 403 });
  });

  it("roster sync adds a co-teacher who never launched, and removes one who left the course (data kept)", async () => {
    lms.users.set("u-ta", { sub: "u-ta", name: "Tao Assistant", roles: [ROLE.instructor] });
    const tess = await actorOf(tessId);
    const added = await syncClassRoster(tess, classId);
    expect(added).toMatchObject({ teachersAdded: 1, teachersRemoved: 0 });
    const tao = await actorOf((await db.ltiUserLink.findFirstOrThrow({ where: { subject: "u-ta" } })).userId);
    expect(tao).toMatchObject({ role: "student", teachesClasses: true });
    expect((await listMyClasses(tao)).map((c) => c.id)).toEqual([classId]);
    // Cora and the owner leave the LMS course: Cora no longer teaches the class; her row and her
    // quiz stay. The owner keeps owning the class (it would be orphaned otherwise).
    lms.users.delete("u-teach-2");
    lms.users.delete("u-teach");
    const cora = await actorOf((await db.ltiUserLink.findFirstOrThrow({ where: { subject: "u-teach-2" } })).userId);
    const removed = await syncRoster(contextRowId);
    expect(removed).toMatchObject({ teachersAdded: 0, teachersRemoved: 2 });
    await expect(ownedClass(cora, classId)).rejects.toMatchObject({ status: 404 });
    expect(await listMyClasses(cora)).toEqual([]);
    const row = await db.classTeacher.findUniqueOrThrow({ where: { classId_userId: { classId, userId: cora.id } } });
    expect(row.removedAt).toBeInstanceOf(Date);
    expect(await db.quiz.count({ where: { classId, createdById: cora.id } })).toBe(1);
    expect((await ownedClass(tess, classId)).id).toBe(classId);
    // Back in the course, a launch makes her a teacher again.
    lms.users.set("u-teach-2", { sub: "u-teach-2", name: "Cora Coteacher", roles: [ROLE.instructor] });
    await launchAs(lms, "u-teach-2");
    expect((await ownedClass(cora, classId)).id).toBe(classId);
  });

  it("a co-teacher may edit a quiz holding the owner's private question, which no one else may pick", async () => {
    const owner = await makeUser("instructor");
    const cls = await createClass(owner, { name: "Shared", codeLifetime: "never" });
    const deck = await db.deck.findFirstOrThrow();
    const priv = await db.question.create({
      data: { key: `own-${Date.now()}`, deckId: deck.id, type: "numeric", prompt: "Owner's own", ownerId: owner.id },
    });
    const { quizId } = await saveQuiz(owner, quizForm(cls.id, priv.id));
    const co = await makeUser("student");
    await db.$transaction((tx) => addClassTeacher(tx, cls.id, co.id, "lti"));
    const coActor = await actorOf(co.id);
    expect((await listQuestionBank(coActor)).map((q) => q.id)).not.toContain(priv.id);
    expect((await listQuestionBank(coActor, { quizId })).map((q) => q.id)).toContain(priv.id);
    await saveQuiz(coActor, { ...quizForm(cls.id, priv.id), quizId, title: "Renamed" });
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quizId } })).title).toBe("Renamed");
    // Naming that quiz gets a stranger nothing: the teaching check is part of the filter.
    const stranger = await makeUser("instructor");
    expect((await listQuestionBank(stranger, { quizId })).map((q) => q.id)).not.toContain(priv.id);
    await expect(saveQuiz(stranger, { ...quizForm(cls.id, priv.id), quizId })).rejects.toMatchObject({ status: 403 });
  });
});
