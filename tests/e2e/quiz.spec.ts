import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./support";
import { answerCurrent, startPractice, waitSaved } from "./quiz-support";
import { cardByKey, PRACTICE, questionByKey } from "../support/content";

// Positions in the practice quiz (it keeps the order of questions.json), found by key.
const N = PRACTICE.count;
const CHOICE = PRACTICE.position("pe-def-meaning"); // single choice
const TEXT = PRACTICE.position("pe-share-term"); // short text, right answer "weight sharing"
const NUMBER = PRACTICE.position("gen:conv-vs-dense"); // a generated number, typed into a textbox
const region = (i: number) => ({ name: `Question ${i} of ${N}` });

test.describe("practice quiz on a phone", () => {
  test("a student takes the practice quiz, reloads midway and loses the connection without losing answers, submits, and sees marked answers with proof links @phone-only", async ({
    page,
  }) => {
    expect(CHOICE < TEXT && TEXT < NUMBER, "the flow below visits these three questions in this order").toBe(true);
    await signUp(page, newAccount("student"));
    const attemptId = await startPractice(page);
    await expect(page.getByText(`Question 1 of ${N} · 0 of ${N} answered`)).toBeVisible();

    // The questions before the generated one: answer each, typing the right answer to the short-text one.
    const before = NUMBER - 1;
    for (let i = 1; i <= before; i++) {
      const q = page.getByRole("region", region(i));
      await expect(q).toBeVisible();
      if (i === TEXT) await q.getByRole("textbox", { name: "Your answer" }).fill("Weight-Sharing");
      else await answerCurrent(page, "101770");
      if (i < before) await page.getByRole("button", { name: "Next →" }).click();
    }
    await waitSaved(page);

    // Reload midway: same question, same answers, from the server.
    await page.reload();
    await expect(page.getByRole("region", region(before))).toBeVisible();
    await expect(page.getByText(`${before} of ${N} answered`)).toBeVisible();
    for (let i = before; i > TEXT; i--) await page.getByRole("button", { name: "← Back" }).click();
    await expect(page.getByRole("region", region(TEXT)).getByRole("textbox", { name: "Your answer" })).toHaveValue(
      "Weight-Sharing",
    );
    for (let i = TEXT; i > CHOICE; i--) await page.getByRole("button", { name: "← Back" }).click();
    await expect(page.getByRole("region", region(CHOICE)).getByRole("radio", { checked: true })).toHaveCount(1);

    // Jump to the generated question and answer it while every save fails (a dropped connection),
    // then reload: the answer comes back from the device's copy and is sent again.
    await page.getByText("All questions").click();
    await page.getByRole("button", { name: `Question ${NUMBER}, not answered` }).click();
    const dropSaves = (route: import("@playwright/test").Route) =>
      route.request().method() === "POST" ? route.abort() : route.continue();
    await page.route("**/quizzes/attempt/**", dropSaves);
    await answerCurrent(page, "999");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /error|offline/);
    await page.reload();
    await expect(page.getByRole("region", region(NUMBER))).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("999");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /error|offline/);
    await page.unroute("**/quizzes/attempt/**", dropSaves);
    await waitSaved(page);
    await page.reload(); // now from the server
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("999");
    await expect(page.getByText(`${NUMBER} of ${N} answered`)).toBeVisible();

    // The rest, then submit with confirmation.
    for (let i = NUMBER + 1; i <= N; i++) {
      await page.getByRole("button", { name: "Next →" }).click();
      await expect(page.getByRole("region", region(i))).toBeVisible();
      await answerCurrent(page);
    }
    await waitSaved(page);
    await page.getByRole("button", { name: "Finish and submit" }).click();
    const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
    await expect(dialog).toContainText(`You answered ${N} of ${N} questions.`);
    await dialog.getByRole("button", { name: "Submit answers" }).click();

    await expect(page).toHaveURL(/\/quizzes\/attempt\/[a-z0-9]+\/result$/);
    await expect(page.getByTestId("score")).toContainText(`/ ${PRACTICE.maxScore}`);
    const answers = page.getByRole("list", { name: "Your answers, marked" }).locator(":scope > li");
    await expect(answers).toHaveCount(N);
    const text = answers.nth(TEXT - 1);
    await expect(text).toHaveAttribute("data-verdict", "correct"); // "Weight-Sharing" matched "weight sharing"
    for (let i = 0; i < N; i++) await expect(answers.nth(i)).toHaveAttribute("data-verdict", /correct|partial|wrong/);
    const { cardKey, experimentSlug } = questionByKey("pe-share-term");
    await expect(text.getByRole("link", { name: "See the proof →" })).toHaveAttribute(
      "href",
      `/experiments/${experimentSlug}?card=${cardKey}`,
    );
    await expect(text.getByRole("link", { name: `Card: ${cardByKey(cardKey).title}` })).toHaveAttribute(
      "href",
      /\/decks\/parameter-efficiency/,
    );
    await expect(page.getByRole("link", { name: "See the proof →" })).toHaveCount(N);

    // Opening the attempt again shows the result, not an editable quiz.
    await page.goto(`/quizzes/attempt/${attemptId}`);
    await expect(page).toHaveURL(new RegExp(`/quizzes/attempt/${attemptId}/result$`));
  });
});
