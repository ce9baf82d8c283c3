import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./support";
import { createClass, joinClass } from "./class-support";
import { e2eDb, sqliteTime } from "./quiz-support";

test("an instructor assigns a timed quiz to a class; an enrolled student takes it and the deadline submits it @desktop-only", async ({
  page,
  browser,
}) => {
  test.slow(); // an instructor is now granted by the admin first (support.ts): two more sign-ins
  const teacher = newAccount("instructor");
  const student = newAccount("student");
  await signUp(page, teacher);
  const studentPage = await (await browser.newContext()).newPage();
  await signUp(studentPage, student);

  // The instructor makes the class; the student joins it with the code the roster page shows.
  const className = `DLS Section B ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(page, className);
  await joinClass(studentPage, code, className);

  await page.goto("/teach/quizzes");
  await page.getByRole("link", { name: "New quiz" }).click();
  await page.getByLabel("Title").fill("Week 3 check");
  await page.getByLabel("Time limit (minutes)").fill("10");
  await page.getByLabel("Attempts allowed").fill("1");
  await page.getByLabel("Questions are shown").selectOption("all");
  await page.getByLabel(/Which statement best defines/).check();
  await page.getByLabel(/A convolution applies the same small set/).check();
  await page.getByLabel(/Count the parameters of an MLP/).check();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await expect(page.getByRole("link", { name: "See results on the class page →" })).toHaveAttribute(
    "href",
    `/teach/classes/${classId}`,
  );

  // The student finds it under their class, with its rules.
  await studentPage.goto("/quizzes");
  await studentPage.getByRole("link", { name: /Week 3 check/ }).click();
  await expect(studentPage.getByText("10 min")).toBeVisible();
  await expect(studentPage.getByText("1 of 1 left")).toBeVisible();
  await studentPage.getByRole("button", { name: "Start the quiz" }).click();
  await expect(studentPage.getByRole("timer")).toHaveText(/^(10:00|9:[0-5]\d)$/);
  await expect(studentPage.getByRole("listitem").filter({ hasText: /^Question \d/ })).toHaveCount(3); // all on one page
  // Questions are shuffled and the generated one has a textbox too: answer the convolution question by its prompt.
  const convolution = studentPage
    .getByRole("listitem")
    .filter({ hasText: "A convolution applies the same small set of weights" });
  await convolution.getByRole("textbox", { name: "Your answer" }).fill("weight sharing");
  await expect(studentPage.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  // Bring the deadline close; the page counts down and submits by itself at zero. No page can
  // set a deadline seconds away (time limits are in minutes), so this one row is written here.
  const attemptId = studentPage.url().split("/").pop()!;
  const db2 = e2eDb(false);
  try {
    db2
      .prepare("UPDATE Attempt SET deadlineAt = ? WHERE id = ?")
      .run(sqliteTime(new Date(Date.now() + 4000)), attemptId);
  } finally {
    db2.close();
  }
  await studentPage.reload();
  await expect(studentPage.getByRole("timer")).toHaveText(/^0:0[0-4]$/);
  await expect(studentPage).toHaveURL(/\/result$/, { timeout: 15_000 });
  await expect(studentPage.getByTestId("score")).toContainText("/ 3");
  await expect(
    studentPage.getByRole("list", { name: "Your answers, marked" }).locator(':scope > li[data-verdict="correct"]'),
  ).toHaveCount(1);

  // No attempts left; the instructor's list counts the submission.
  await studentPage.getByRole("link", { name: "Back to the quiz" }).click();
  await expect(studentPage.getByText("You have used all your attempts.")).toBeVisible();
  await page.goto("/teach/quizzes");
  await expect(page.getByText("1 submitted")).toBeVisible();
});
