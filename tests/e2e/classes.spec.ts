import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { newAccount, signUp, type Account } from "./support";
import { seedQuizStandIn, seedStudyStandIn } from "./class-fixtures";

/** A second person at a laptop, beside the phone user of the default page. */
async function laptop(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

async function createClass(page: Page, name: string) {
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Class created.")).toBeVisible();
  const classId = page.url().match(/\/teach\/classes\/([a-z0-9]+)\/roster/)![1];
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  return { classId, code };
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
}

test("an instructor creates a class, a student joins on a phone, and the dashboard and both CSVs show the student @phone-only", async ({ page, browser }) => {
  const teacherPage = await laptop(browser);
  await signUp(teacherPage, newAccount("instructor"));
  const className = `Physics ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(teacherPage, className);
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

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

  // Stand-in for studying and taking the quiz (see class-fixtures.ts): to be replaced by the real UI.
  seedStudyStandIn(student.email);
  const quizTitle = `Quiz ${Date.now().toString(36)}`;
  const quizId = seedQuizStandIn(classId, student.email, quizTitle);

  // The instructor sees the student's progress and score.
  await teacherPage.goto(`/teach/classes/${classId}`);
  const row = teacherPage.getByRole("table").getByRole("row").filter({ hasText: student.name });
  await expect(row).toContainText("83%"); // true retention: 5 of 6 review-state grades passed
  await expect(row).toContainText("50%"); // the quiz grade (1 of 2)
  await expect(row.getByRole("cell").nth(1)).toHaveText("3"); // cards studied
  await expect(teacherPage.getByText("frontier")).toBeVisible(); // proofs run
  await teacherPage.getByRole("link", { name: quizTitle }).click();
  await expect(teacherPage).toHaveURL(new RegExp(`/quizzes/${quizId}$`));
  await expect(teacherPage.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await expect(teacherPage.getByRole("table", { name: "Item analysis per question" })).toContainText("Stand-in question 1");
  await teacherPage.goto(`/teach/classes/${classId}`);

  const grades = await download(teacherPage, "Gradebook CSV");
  expect(grades.name).toMatch(/^gradebook-physics-[a-z0-9]+-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(grades.text.charCodeAt(0)).toBe(0xfeff);
  const gradeLines = grades.text.slice(1).split("\r\n");
  expect(gradeLines[0]).toBe(`"Name","Email","${quizTitle} (% · highest)"`);
  expect(gradeLines[1]).toBe(`"'=Zoë Student","${student.email}","50"`);

  const progress = await download(teacherPage, "Progress CSV");
  expect(progress.name).toMatch(/^progress-physics-/);
  const lines = progress.text.slice(1).split("\r\n");
  expect(lines[0]).toContain('"Cards studied","Due today","Overdue","True retention 30d (%)"');
  // studied 3, due 0, overdue 0, retention 83.3%, 6 review-state grades, 6 reviews, …, 1 proof in 1 run, quiz mean 50%.
  expect(lines[1]).toMatch(new RegExp(`^"'=Zoë Student","${student.email}","\\d{4}-\\d{2}-\\d{2}","3","0","0","83.3","6","6","\\d{4}-\\d{2}-\\d{2}","1","1","50"$`));
  await teacherPage.context().close();
});

test("another instructor and a student are refused the class, its student page and its exports @desktop-only", async ({ page, browser }) => {
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

test("a student joins through the link; the instructor rotates the code and removes the student @desktop-only", async ({ page, browser }) => {
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
