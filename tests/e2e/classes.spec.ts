import { expect, test } from "@playwright/test";
import { newAccount, signUp, type Account } from "./support";
import {
  assignQuiz,
  createClass,
  download,
  laptop,
  studyCards,
  takeQuiz,
  todayKey,
  type PlannedAnswer,
  DEFINITION_AND_DENSE,
} from "./class-support";
import { expectAccessible } from "./a11y-support";

// Three bank questions (content/parameter-efficiency/questions.json), one point each; the
// student gets the second wrong on purpose (300·100 weights, forgetting the 100 biases).
const QUIZ: PlannedAnswer[] = [
  ...DEFINITION_AND_DENSE,
  {
    picker: /Why can a compact, parameter-efficient model/,
    prompt: "Why can a compact, parameter-efficient model",
    radio: "It has fewer free parameters to pin down",
    right: true,
  },
];

/** "2026-11-28" → "28 Nov 2026", as the dashboard prints a day (same Node and ICU as the server). */
const dayLabel = (key: string) =>
  new Date(`${key}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

test("an instructor creates a class and assigns a quiz; a student joins on a phone, studies and takes it; the dashboard and both CSVs show it @phone-only", async ({
  page,
  browser,
}) => {
  test.slow(); // an instructor is now granted by the admin first (support.ts): two more sign-ins
  const teacherPage = await laptop(browser);
  await signUp(teacherPage, newAccount("instructor"));
  const className = `Physics ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(teacherPage, className);
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  const quizTitle = `Quiz ${Date.now().toString(36)}`;
  const quizId = await assignQuiz(teacherPage, classId, quizTitle, QUIZ);

  // The student, on the phone. A name starting with "=" must reach the CSV as text, not a formula.
  const student: Account = { ...newAccount("student"), name: "=Zoë Student" };
  await signUp(page, student);
  await page.goto("/classes");
  await page.getByLabel("Join code").fill("ZZZZ-2222");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No class uses this join code. Check it with your instructor.")).toBeVisible();
  await expect(page.getByText("You are not in a class yet.")).toBeVisible();
  await page.getByLabel("Join code").fill(code.toLowerCase().replace("-", " "));
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(`You joined ${className}.`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Your classes" })).toContainText(className);
  // The join link says so instead of joining twice.
  await page.goto(`/classes/join/${code}`);
  await expect(page.getByText("You are already in this class.")).toBeVisible();

  // Studies four new cards with taps and a swipe, and stops there.
  const study = await studyCards(page, [
    { reveal: "tap card", grade: "Easy", by: "tap" },
    { reveal: "tap Show answer", grade: "Good", by: "swipe" },
    { reveal: "tap card", grade: "Hard", by: "tap" },
    { reveal: "tap Show answer", grade: "Easy", by: "tap" },
  ]);
  expect(study.studied).toBe(4);

  // Takes the assigned quiz; the score is the right answers, one point each.
  await takeQuiz(page, quizTitle, QUIZ);
  const right = QUIZ.filter((q) => q.right).length;
  await expect(page.getByTestId("score")).toHaveText(new RegExp(`^\\s*${right}\\s*/\\s*${QUIZ.length}\\s*$`));
  const grade = right / QUIZ.length;
  const today = await todayKey(page);

  // The instructor sees the student's progress and score. A first session leaves no card in
  // the Review state before its grade, so true retention has no base yet: a dash, not 0%.
  await teacherPage.goto(`/teach/classes/${classId}`);
  const row = teacherPage.getByRole("table").getByRole("row").filter({ hasText: student.name });
  const cells = row.getByRole("cell");
  await expect(cells.nth(1)).toHaveText(String(study.studied)); // cards studied
  await expect(cells.nth(2)).toHaveText(String(study.dueToday)); // learning steps still due today
  await expect(cells.nth(3)).toHaveText("0"); // overdue
  await expect(cells.nth(4)).toHaveText("—"); // true retention
  await expect(cells.nth(5)).toHaveText(String(study.grades)); // reviews in 30 days
  await expect(cells.nth(6)).toHaveText(dayLabel(today)); // last active
  await expect(cells.nth(7)).toHaveText("0"); // proofs run: none in this flow
  await expect(cells.nth(8)).toHaveText(`${(grade * 100).toFixed(0)}%1 of 1`);
  await teacherPage.getByRole("link", { name: quizTitle }).click();
  await expect(teacherPage).toHaveURL(new RegExp(`/teach/classes/${classId}/quizzes/${quizId}$`));
  await expect(teacherPage.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  const items = teacherPage.getByRole("table", { name: "Item analysis per question" });
  for (const q of QUIZ) {
    // Facility with one student: 100% for the question answered right, 0% for the wrong one.
    await expect(items.getByRole("row").filter({ hasText: q.prompt }).getByRole("cell").nth(4)).toHaveText(
      q.right ? "100.0%" : "0.0%",
    );
  }
  await expectAccessible(teacherPage, "quiz results with item analysis");
  // The same analysis as a CSV: the quiz's statistics, a blank row, one row per question.
  const analysis = await download(teacherPage, "Item analysis CSV");
  expect(analysis.name).toMatch(/^item-analysis-quiz-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(analysis.text.charCodeAt(0)).toBe(0xfeff);
  const analysisRows = analysis.text.slice(1).split("\r\n");
  expect(analysisRows[0]).toBe(`"Quiz","${quizTitle}"`);
  expect(analysisRows).toContain(`"Attempts analysed","1 (graded: highest)"`);
  const questionRows = analysisRows.slice(analysisRows.indexOf("") + 2).filter(Boolean);
  expect(questionRows.map((r) => r.split('","')[5])).toEqual(expect.arrayContaining(["100", "0"])); // facility, one student
  expect(questionRows).toHaveLength(QUIZ.length);
  await teacherPage.goto(`/teach/classes/${classId}`);

  const grades = await download(teacherPage, "Gradebook CSV");
  expect(grades.name).toMatch(/^gradebook-physics-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(grades.text.charCodeAt(0)).toBe(0xfeff);
  const gradeLines = grades.text.slice(1).split("\r\n");
  const csvPct = String(Math.round(grade * 1000) / 10); // one decimal, as the export writes it
  expect(gradeLines[0]).toBe(`"Name","Email","${quizTitle} (% · highest)"`);
  expect(gradeLines[1]).toBe(`"'=Zoë Student","${student.email}","${csvPct}"`);
  expect(gradeLines.slice(2)).toEqual([""]); // one student, then the final CRLF

  const progress = await download(teacherPage, "Progress CSV");
  expect(progress.name).toMatch(/^progress-physics-/);
  expect(progress.text.charCodeAt(0)).toBe(0xfeff);
  const lines = progress.text.slice(1).split("\r\n");
  expect(lines[0]).toContain('"Cards studied","Due today","Overdue","True retention 30d (%)"');
  // Joined and last active today; retention empty on a base of 0 review-state grades; no proofs.
  const cols = [student.email, today, study.studied, study.dueToday, 0, "", 0, study.grades, today, 0, 0, csvPct];
  expect(lines[1]).toBe(`"'=Zoë Student",${cols.map((c) => `"${c}"`).join(",")}`);
  await teacherPage.context().close();
});

test("another instructor and a student are refused the class, its student page and its exports @desktop-only", async ({
  page,
  browser,
}) => {
  test.slow(); // an instructor is now granted by the admin first (support.ts): two more sign-ins
  await signUp(page, newAccount("instructor"));
  const { classId } = await createClass(page, "Private class");

  const other = await laptop(browser);
  await signUp(other, newAccount("instructor"));
  await other.goto(`/teach/classes/${classId}`);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(other.getByText("Private class")).toHaveCount(0);
  for (const kind of ["gradebook", "progress"]) {
    const res = await other.request.get(`/api/classes/${classId}/export/${kind}`);
    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(await res.text()).not.toContain('"Name"');
  }
  // The same answer as for a class that does not exist.
  expect((await other.request.get(`/api/classes/nosuchclass000/export/gradebook`)).status()).toBe(404);
  await other.context().close();

  const studentPage = await laptop(browser);
  await signUp(studentPage, newAccount("student"));
  await studentPage.goto(`/teach/classes/${classId}`);
  await expect(studentPage.getByRole("heading", { name: "Instructors only" })).toBeVisible();
  expect((await studentPage.request.get(`/api/classes/${classId}/export/gradebook`)).status()).toBe(403);
  await studentPage.context().close();
});

test("a student joins through the link; the instructor rotates the code and removes the student @desktop-only", async ({
  page,
  browser,
}) => {
  test.slow(); // an instructor is now granted by the admin first (support.ts): two more sign-ins
  await signUp(page, newAccount("instructor"));
  const { classId, code } = await createClass(page, "Link class");

  const studentPage = await laptop(browser);
  const student = newAccount("student");
  await signUp(studentPage, student);
  await studentPage.goto(`/classes/join/${code}`);
  await expect(studentPage.getByRole("heading", { name: "Join Link class" })).toBeVisible();
  await studentPage.getByRole("button", { name: "Join class" }).click();
  await expect(studentPage).toHaveURL(/\/classes\?joined=/);
  await expect(studentPage.getByRole("status")).toHaveText("You joined Link class.");

  await page.goto(`/teach/classes/${classId}/roster`);
  await page.getByRole("button", { name: "New join code" }).click();
  await expect(page.getByRole("status")).toContainText("The old code no longer works.");
  await expect(page.getByTestId("join-code")).not.toHaveText(code);

  await page.getByRole("list", { name: "Students in this class" }).getByText("Remove…").click();
  await page.getByRole("button", { name: `Remove ${student.name}` }).click();
  await expect(page.getByRole("list", { name: "Removed students" })).toContainText(student.name);

  // The old code no longer works, and the removed student's class is gone from their list.
  await studentPage.goto(`/classes/join/${code}`);
  await expect(studentPage.getByText("No class uses this join code.")).toBeVisible();
  await studentPage.goto("/classes");
  await expect(studentPage.getByText("You are not in a class yet.")).toBeVisible();
  await studentPage.context().close();
});
