import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { createClass } from "@/lib/server/classes";
import { joinClass } from "@/lib/server/class-membership";
import { getClassDashboard } from "@/lib/server/class-dashboard";
import { getStudentDetail } from "@/lib/server/class-student";
import { getQuizResults } from "@/lib/server/class-quiz-results";
import { gradebookCsv, progressCsv } from "@/lib/server/class-exports";
import { analyzeItems } from "@/lib/quiz/item-statistics";
import { trueRetention } from "@/lib/srs/true-retention";
import { progressQuerySchema } from "@/lib/validation/classes";
import { BOM } from "@/lib/csv";
import { localDayKey } from "@/lib/time/local-day";
import { cardState, makeCards, makeQuiz, makeUser, review, submitAttempt } from "./class-fixtures";

// "Now" is noon UTC on 29 March 2026, the day Europe moves its clocks forward. Ana lives in
// Auckland (already 30 March there, UTC+13), Ben in Los Angeles (29 March, UTC−7), and the
// instructor in Berlin (29 March, the 23-hour day).
const now = new Date("2026-03-29T12:00:00Z");
const t = (iso: string) => new Date(iso);
const q = (over: Record<string, string> = {}) => progressQuerySchema.parse(over);

describe("class dashboard numbers (real SQLite file)", () => {
  let teacher: Actor, ana: Actor, ben: Actor, cy: Actor;
  let classId: string, q1: string, q2: string, q2Items: string[];

  beforeAll(async () => {
    teacher = await makeUser("instructor", { timeZone: "Europe/Berlin" });
    ana = await makeUser("student", { name: "Ana", timeZone: "Pacific/Auckland" });
    ben = await makeUser("student", { name: "=Ben", timeZone: "America/Los_Angeles" });
    cy = await makeUser("student", { name: "Cy", timeZone: "UTC" });
    const { deck, cards } = await makeCards(3);
    const [c1, c2, c3] = cards;
    const cls = await createClass(teacher, { name: "Dashboard class", codeLifetime: "never" });
    classId = cls.id;
    for (const s of [ana, ben, cy]) await joinClass(s, cls.joinCode);

    for (const s of [ana, ben]) {
      await cardState(s.id, c1.id, t("2026-03-29T09:00:00Z"), 2, { lapses: s === ana ? 3 : 1 });
      await cardState(s.id, c2.id, t("2026-03-30T10:00:00Z"), 2);
      await cardState(s.id, c3.id, t("2026-03-20T00:00:00Z"), 0, { reps: 0 }); // new: never due
    }
    await review(ana.id, c1.id, t("2026-03-28T23:30:00Z"), 3); // Berlin: 29 March 00:30
    await review(ana.id, c1.id, t("2026-03-29T08:00:00Z"), 1);
    await review(ana.id, c2.id, t("2026-03-27T10:00:00Z"), 3);
    await review(ana.id, c2.id, t("2026-03-27T10:05:00Z"), 4);
    await review(ana.id, c2.id, t("2026-03-27T10:10:00Z"), 1, 1); // learning step
    await review(ana.id, c1.id, t("2026-03-29T08:30:00Z"), 1, 2, { mode: "practice" });
    await review(ana.id, c1.id, t("2026-03-29T09:00:00Z"), 1, 2, { undoneAt: t("2026-03-29T09:00:05Z") });
    await review(ana.id, c1.id, t("2026-02-17T10:00:00Z"), 1); // 40 days ago: outside the window
    await review(ben.id, c1.id, t("2026-02-17T10:00:00Z"), 3);
    for (const [slug, at] of [
      ["frontier", "2026-03-28T10:00:00Z"],
      ["frontier", "2026-03-29T11:00:00Z"],
      ["memory-speed", "2026-03-01T10:00:00Z"],
    ]) {
      await db.experimentRun.create({
        data: {
          id: `${slug}-${at}`,
          userId: ana.id,
          experimentSlug: slug,
          settings: "{}",
          backend: "cpu",
          results: "{}",
          verdict: "supported",
          durationMs: 1,
          createdAt: t(at),
        },
      });
    }

    const quiz1 = await makeQuiz(classId, deck.id, [2], "first", "Quiz one");
    q1 = quiz1.quiz.id;
    await submitAttempt(q1, ana.id, 1, [quiz1.items[0].id], [1], 2, t("2026-03-25T10:00:00Z"));
    await submitAttempt(q1, ana.id, 2, [quiz1.items[0].id], [2], 2, t("2026-03-25T11:00:00Z"));
    const quiz2 = await makeQuiz(classId, deck.id, [1, 1], "highest", "Quiz two");
    q2 = quiz2.quiz.id;
    q2Items = quiz2.items.map((i) => i.id);
    await submitAttempt(q2, ana.id, 1, q2Items, [1, 0], 2, t("2026-03-25T12:00:00Z"));
    await submitAttempt(q2, ana.id, 2, q2Items, [1, 1], 2, t("2026-03-25T13:00:00Z"));
    await submitAttempt(q2, ben.id, 1, q2Items, [0, null], 2, t("2026-02-10T10:00:00Z")); // second question left blank
    await submitAttempt(q2, cy.id, 1, q2Items, [1, 0], 2, t("2026-03-20T10:00:00Z"));
    // An attempt still in progress never counts.
    await db.attempt.create({
      data: { quizId: q2, userId: cy.id, number: 2, seed: 2, status: "in_progress", score: 2, maxScore: 2 },
    });
  });

  it("counts due and overdue cards on each student's own calendar day", async () => {
    const { table } = await getClassDashboard(teacher, classId, q(), now);
    const row = (name: string) => table.rows.find((r) => r.name === name)!;
    // Ana (Auckland, 30 March): card 1 was due 29 March 22:00 local → overdue; card 2 is due 30 March 23:00 local → due today.
    expect(row("Ana")).toMatchObject({ studied: 2, due: 2, overdue: 1 });
    // Ben (Los Angeles, 29 March): card 1 due 02:00 today → due, not overdue; card 2 due tomorrow 03:00 → not yet.
    expect(row("=Ben")).toMatchObject({ studied: 2, due: 1, overdue: 0 });
    expect(row("Cy")).toMatchObject({ studied: 0, due: 0, overdue: 0, retention: null });
  });

  it("true retention matches lib/srs/true-retention.ts on the raw logs of the last 30 days", async () => {
    const { table } = await getClassDashboard(teacher, classId, q(), now);
    const ana30 = await db.reviewLog.findMany({
      where: { userId: ana.id, reviewedAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } },
    });
    const expected = trueRetention(ana30);
    const row = table.rows.find((r) => r.name === "Ana")!;
    // By hand: review-state grades 3, 1, 3, 4 → 3 of 4 passed; practice, undone, learning and old grades do not count.
    expect(expected).toEqual({ rate: 0.75, passed: 3, total: 4 });
    expect(row.retention).toBe(expected.rate);
    expect(row.retentionBase).toBe(expected.total);
    expect(row.reviews30).toBe(6); // everything in the window except the undone grade
    expect(table.rows.find((r) => r.name === "=Ben")!.retention).toBeNull();
  });

  it("last active is the latest review, proof run or submission; proofs and quiz grades follow each rule", async () => {
    const { table, proofs, quizzes } = await getClassDashboard(teacher, classId, q(), now);
    const row = (name: string) => table.rows.find((r) => r.name === name)!;
    expect(row("Ana").lastActive).toEqual(t("2026-03-29T11:00:00Z")); // the proof run, later than any review
    expect(row("=Ben").lastActive).toEqual(t("2026-02-17T10:00:00Z")); // an old review, outside the 30-day window
    expect(row("Cy").lastActive).toEqual(t("2026-03-20T10:00:00Z")); // only a quiz submission
    expect(row("Ana")).toMatchObject({ proofs: 2, proofRuns: 3 });
    expect(proofs).toEqual([
      { slug: "frontier", students: 1, runs: 2 },
      { slug: "memory-speed", students: 1, runs: 1 },
    ]);
    // Quiz one grades the FIRST attempt (1/2), quiz two the HIGHEST (2/2).
    expect(row("Ana").quizGrades).toEqual({ [q1]: 0.5, [q2]: 1 });
    expect(row("Ana").quizMean).toBe(0.75);
    expect(row("=Ben").quizGrades).toEqual({ [q1]: null, [q2]: 0 });
    expect(quizzes.map((x) => [x.title, x.graded, x.mean])).toEqual([
      ["Quiz one", 1, 0.5],
      ["Quiz two", 3, 0.5],
    ]);
  });

  it("groups class activity by the instructor's local day and ranks the hardest cards", async () => {
    const { activity, hardest, summary } = await getClassDashboard(teacher, classId, q(), now);
    const day = (d: string) => activity.find((a) => a.day === d)?.count;
    expect(activity).toHaveLength(30);
    expect(activity.at(-1)!.day).toBe("2026-03-29");
    expect(day("2026-03-29")).toBe(3); // 23:30 UTC on the 28th is already the 29th in Berlin
    expect(day("2026-03-28")).toBe(0);
    expect(day("2026-03-27")).toBe(3);
    expect(activity.reduce((n, a) => n + a.count, 0)).toBe(6);
    // Card 1: lapses 3 + 1 over two students; again-rate among its review-mode grades in 30 days = 1 of 2.
    expect(hardest[0]).toMatchObject({
      title: "Card 1",
      lapses: 4,
      studiedBy: 2,
      lapsesPerStudent: 2,
      reviews: 2,
      againRate: 0.5,
    });
    expect(hardest[1]).toMatchObject({ title: "Card 2", lapses: 0, reviews: 3, againRate: 1 / 3 });
    expect(summary).toMatchObject({ students: 3, dueToday: 3, overdue: 1, reviews30: 6, medianRetention: 0.75 });
  });

  it("searches, sorts (missing values last) and pages through the URL's query", async () => {
    const names = async (over: Record<string, string>) =>
      (await getClassDashboard(teacher, classId, q(over), now)).table.rows.map((r) => r.name);
    expect(await names({ q: "BEN" })).toEqual(["=Ben"]);
    expect(await names({ sort: "due", dir: "desc" })).toEqual(["Ana", "=Ben", "Cy"]);
    expect(await names({ sort: "active", dir: "asc" })).toEqual(["=Ben", "Cy", "Ana"]);
    expect(await names({ sort: "retention", dir: "asc" })).toEqual(["Ana", "=Ben", "Cy"]);
    expect(await names({ sort: "nonsense", page: "-4" })).toHaveLength(3);
  });

  it("item analysis uses the attempts the grading rule picks, with blanks as 0", async () => {
    const graded = await getQuizResults(teacher, classId, q2, "graded");
    // Highest attempts: Ana #2 [1,1], Ben [0, blank→0], Cy [1,0].
    expect(graded.test.attempts).toBe(3);
    const expected = analyzeItems({
      maxMarks: [1, 1],
      attempts: [
        [1, 1],
        [0, 0],
        [1, 0],
      ],
    });
    expect(graded.items.map((i) => [i.facility, i.discrimination, i.efficiency])).toEqual(
      expected.items.map((i) => [i.facility, i.discrimination, i.efficiency]),
    );
    expect(graded.test).toEqual(expected.test);
    expect(graded.histogram).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(graded.items[0].prompt).toBe("Question 1");

    const first = await getQuizResults(teacher, classId, q2, "first");
    expect(first.items.map((i) => i.facility)).toEqual([2 / 3, 0]); // Ana's first attempt was [1,0]
    const all = await getQuizResults(teacher, classId, q2, "all");
    expect(all.test.attempts).toBe(4);
  });

  it("the student detail shows that student's own cards, reviews and this class's attempts", async () => {
    const d = await getStudentDetail(teacher, classId, ana.id, now);
    expect(d.cards.map((c) => c.title)).toEqual(["Card 1", "Card 2", "Card 3"]);
    expect(d.retention).toEqual({ rate: 0.75, passed: 3, total: 4 });
    expect(d.recentLogs).toHaveLength(8);
    expect(d.quizzes.map((x) => x.grade)).toEqual([0.5, 1]);
    expect(d.attempts).toHaveLength(4);
    expect(d.activity.reduce((n, a) => n + a.count, 0)).toBe(6);
  });

  it("exports a gradebook and a progress CSV a spreadsheet opens safely", async () => {
    const grades = await gradebookCsv(teacher, classId, now);
    expect(grades.fileName).toBe("gradebook-dashboard-class-2026-03-29.csv");
    const lines = grades.csv.slice(BOM.length).split("\r\n");
    expect(grades.csv.startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe('"Name","Email","Quiz one (% · first)","Quiz two (% · highest)"');
    expect(lines).toContain(`"Ana","${ana.email}","50","100"`);
    expect(lines).toContain(`"'=Ben","${ben.email}","","0"`);
    expect(lines).toContain(`"Cy","${cy.email}","","50"`);

    const progress = await progressCsv(teacher, classId, now);
    const rows = progress.csv.slice(BOM.length).split("\r\n");
    expect(rows[0]).toContain('"True retention 30d (%)"');
    const joined = localDayKey(
      (await db.enrollment.findFirstOrThrow({ where: { userId: ana.id } })).joinedAt,
      "Pacific/Auckland",
    );
    // studied 2, due 2, overdue 1, retention 75%, 4 review-state grades, 6 reviews, last active
    // 30 March in Auckland (11:00 UTC + 13 h), 2 proofs in 3 runs, mean quiz grade (50 + 100) / 2.
    expect(rows).toContain(`"Ana","${ana.email}","${joined}","2","2","1","75","4","6","2026-03-30","2","3","75"`);
  });
});
