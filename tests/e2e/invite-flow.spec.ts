import { expect, test } from "@playwright/test";
import { DEMO, newAccount, signIn, signOut } from "./support";
import { createClass, joinClass, takeQuiz } from "./class-support";
import { NO_SERVICE_WORKER, recordBodies } from "./quiz-support";

// A short-text question the instructor writes: its accepted answer and explanation are the key.
const tag = Date.now().toString(36);
const PROMPT = `What do we call tying the weights of two layers (${tag})?`;
const KEY = "Zorblax coupling";
// Unique per run: a retry (or a second run on the same database) must not find the last run's quiz.
const QUIZ = `Own question, never reviewed (${tag})`;
const EXPLANATION = "Quillon remark: the two layers read one weight matrix, so it is stored once.";

test("on a phone: the admin invites an instructor, who signs up through the link, writes a question and assigns it with review “never”; the student never sees its key @phone-only", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = newAccount("instructor");

  // The demo admin makes a single-use invite for the new instructor's email.
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/admin/invites");
  await page.getByLabel("Only for this email (optional)").fill(teacher.email);
  await page.getByRole("button", { name: "Make an invite link" }).tap();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await signOut(page);

  // A new visitor opens it and signs up: an instructor account, straight into /teach.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Create your instructor account" })).toBeVisible();
  await page.getByLabel("Name").fill(teacher.name);
  await page.getByLabel("Email").fill(teacher.email);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Create account" }).tap();
  await expect(page).toHaveURL(/\/teach$/);
  await page.goto(link); // single use
  await expect(page.getByRole("heading", { name: "This invite cannot be used" })).toBeVisible();

  // They write their own question.
  await page.goto("/teach/questions/new");
  await page.getByRole("radio", { name: /Short text/ }).check();
  await page.getByLabel(/^Question/).fill(PROMPT);
  await page.getByLabel("Accepted answers, one per line").fill(KEY);
  await page.getByLabel("Explanation").fill(EXPLANATION);
  await page.getByRole("button", { name: "Create question" }).tap();
  await expect(page).toHaveURL(/\/teach\/questions\?saved=/);
  await expect(page.getByText(PROMPT)).toBeVisible();

  // …and assign it to a new class with review "never".
  const className = `Invited ${tag}`;
  const { classId, code } = await createClass(page, className);
  await page.goto(`/teach/quizzes/new?classId=${classId}`);
  await page.getByLabel("Title", { exact: true }).fill(QUIZ);
  await page.getByLabel("Students see correct answers and explanations").selectOption("never");
  await page.getByLabel(new RegExp(tag)).check();
  await page.getByRole("button", { name: "Create quiz" }).tap();
  await expect(page.getByRole("status")).toContainText("Saved.");

  // A student, on a phone of their own, joins and takes it.
  const phone = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    ...NO_SERVICE_WORKER,
  });
  const student = await phone.newPage();
  await signIn(student, DEMO.student.email, DEMO.student.password);
  await joinClass(student, code, className);
  const bodies = await recordBodies(student);
  const plan = [{ picker: new RegExp(tag), prompt: PROMPT, typed: "weight sharing", right: false }];
  await takeQuiz(student, QUIZ, plan);
  await expect(student.getByText("Your instructor shows scores only for this quiz.")).toBeVisible();
  await student.reload();
  await student.waitForLoadState("networkidle");

  const received = await bodies();
  expect(received.some((b) => b.body.includes(PROMPT))).toBe(true); // we did capture the question's pages
  for (const { url, body } of received) {
    expect(body.includes(KEY), `${url} holds the key`).toBe(false);
    expect(body.includes("Quillon remark"), `${url} holds the explanation`).toBe(false);
  }
  const dom = await student.content();
  expect(dom).not.toContain(KEY);
  expect(dom).not.toContain("Quillon remark");
  await phone.close();
});
