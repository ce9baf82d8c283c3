import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./support";
import { answerCurrent, startPractice, waitSaved } from "./quiz-support";

test.describe("practice quiz on a phone", () => {
  test("a student takes the practice quiz, reloads midway and loses the connection without losing answers, submits, and sees marked answers with proof links @phone-only", async ({ page }) => {
    await signUp(page, newAccount("student"));
    const attemptId = await startPractice(page);
    await expect(page.getByText("Question 1 of 12 · 0 of 12 answered")).toBeVisible();

    // Questions 1–4: answer, and type the right answer to the short-text question (4).
    for (let i = 1; i <= 4; i++) {
      const q = page.getByRole("region", { name: `Question ${i} of 12` });
      await expect(q).toBeVisible();
      if (i === 4) await q.getByRole("textbox", { name: "Your answer" }).fill("Weight-Sharing");
      else await answerCurrent(page, "101770");
      if (i < 4) await page.getByRole("button", { name: "Next →" }).click();
    }
    await waitSaved(page);

    // Reload midway: same question, same answers, from the server.
    await page.reload();
    await expect(page.getByRole("region", { name: "Question 4 of 12" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("Weight-Sharing");
    await expect(page.getByText("4 of 12 answered")).toBeVisible();
    await page.getByRole("button", { name: "← Back" }).click();
    await page.getByRole("button", { name: "← Back" }).click();
    await page.getByRole("button", { name: "← Back" }).click();
    await expect(page.getByRole("region", { name: "Question 1 of 12" }).getByRole("radio", { checked: true })).toHaveCount(1);

    // Jump to question 5 and answer it while every save fails (a dropped connection),
    // then reload: the answer comes back from the device's copy and is sent again.
    await page.getByText("All questions").click();
    await page.getByRole("button", { name: "Question 5, not answered" }).click();
    const dropSaves = (route: import("@playwright/test").Route) => (route.request().method() === "POST" ? route.abort() : route.continue());
    await page.route("**/quizzes/attempt/**", dropSaves);
    await answerCurrent(page, "999");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /error|offline/);
    await page.reload();
    await expect(page.getByRole("region", { name: "Question 5 of 12" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("999");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /error|offline/);
    await page.unroute("**/quizzes/attempt/**", dropSaves);
    await waitSaved(page);
    await page.reload(); // now from the server
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("999");
    await expect(page.getByText("5 of 12 answered")).toBeVisible();

    // The rest, then submit with confirmation.
    for (let i = 6; i <= 12; i++) {
      await page.getByRole("button", { name: "Next →" }).click();
      await expect(page.getByRole("region", { name: `Question ${i} of 12` })).toBeVisible();
      await answerCurrent(page);
    }
    await waitSaved(page);
    await page.getByRole("button", { name: "Finish and submit" }).click();
    const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
    await expect(dialog).toContainText("You answered 12 of 12 questions.");
    await dialog.getByRole("button", { name: "Submit answers" }).click();

    await expect(page).toHaveURL(/\/quizzes\/attempt\/[a-z0-9]+\/result$/);
    await expect(page.getByTestId("score")).toContainText("/ 12");
    const answers = page.getByRole("list", { name: "Your answers, marked" }).locator(":scope > li");
    await expect(answers).toHaveCount(12);
    await expect(answers.nth(3)).toHaveAttribute("data-verdict", "correct"); // "Weight-Sharing" matched "weight sharing"
    for (let i = 0; i < 12; i++) await expect(answers.nth(i)).toHaveAttribute("data-verdict", /correct|partial|wrong/);
    await expect(answers.nth(3).getByRole("link", { name: "See the proof →" })).toHaveAttribute("href", "/experiments/weight-sharing?card=pe-fact-sharing-norm");
    await expect(answers.nth(3).getByRole("link", { name: /^Card: Fact 2/ })).toHaveAttribute("href", /\/decks\/parameter-efficiency/);
    await expect(page.getByRole("link", { name: "See the proof →" })).toHaveCount(12);

    // Opening the attempt again shows the result, not an editable quiz.
    await page.goto(`/quizzes/attempt/${attemptId}`);
    await expect(page).toHaveURL(new RegExp(`/quizzes/attempt/${attemptId}/result$`));
  });
});
