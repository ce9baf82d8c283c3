import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./support";
import { createClass, joinClass, laptop, takeQuiz, DEFINITION_AND_DENSE } from "./class-support";
import { NO_SERVICE_WORKER, recordBodies, secretsOfAttempt } from "./quiz-support";

const PLAN = DEFINITION_AND_DENSE;

// The recorder must see every body the server sends (see recordBodies).
test.use(NO_SERVICE_WORKER);

test("roles are granted: a student cannot teach; an admin-granted instructor's “never review” quiz never shows the student a key @phone-only", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The student, on a phone: sign-up offers no way to teach, and the teaching and admin pages refuse.
  await page.goto("/sign-up");
  await expect(page.getByText("I teach")).toHaveCount(0);
  await signUp(page, newAccount("student"));
  await page.goto("/teach");
  await expect(page.getByRole("heading", { name: "Instructors only" })).toBeVisible();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();

  // An instructor granted by the admin (on /admin, see support.ts) assigns a quiz with review "never".
  const teacher = await laptop(browser);
  await signUp(teacher, newAccount("instructor"));
  const className = `Trust ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(teacher, className);
  await teacher.goto(`/teach/quizzes/new?classId=${classId}`);
  await teacher.getByLabel("Title", { exact: true }).fill("Never-review check");
  await teacher.getByLabel("Students see correct answers and explanations").selectOption("never");
  for (const q of PLAN) await teacher.getByLabel(q.picker).check();
  await teacher.getByRole("button", { name: "Create quiz" }).click();
  await expect(teacher.getByRole("status")).toContainText("Saved.");

  // The student joins and takes it; nothing received before or after submitting holds a key.
  await joinClass(page, code, className);
  const bodies = await recordBodies(page);
  await takeQuiz(page, "Never-review check", PLAN);
  const attemptId = page.url().match(/\/quizzes\/attempt\/([a-z0-9]+)\/result$/)![1];
  await page.reload();
  await page.waitForLoadState("networkidle");
  const secrets = secretsOfAttempt(attemptId);
  expect(secrets.length).toBeGreaterThanOrEqual(PLAN.length); // an explanation per question at least
  const received = await bodies();
  expect(received.some((b) => b.body.includes(attemptId))).toBe(true);
  for (const { url, body } of received) {
    expect(body, url).not.toMatch(/\\?"(answer|accepted|correct|explanation|working|instance)\\?"\s*:/);
    for (const s of secrets) expect(body.includes(s), `${url} contains "${s}"`).toBe(false);
  }
  await teacher.context().close();
});
