import { expect, test, type Page } from "@playwright/test";
import { DEMO, newAccount, signIn, signUp } from "./support";
import { expectAccessible } from "./a11y-support";
import { startPractice } from "./quiz-support";

// Every page of the app through axe-core (WCAG 2.1 A and AA), on the phone and the desktop
// project alike: signed out, as a student, as an instructor, and a proof running and done.
// Each test walks many pages and axe reads every node of each: generous time on a shared machine.
test.describe.configure({ timeout: 240_000 });

async function visit(page: Page, path: string, heading?: string | RegExp) {
  await page.goto(path);
  if (heading) await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, path);
}

test("signed-out pages have no WCAG 2.1 A/AA violations", async ({ page }) => {
  await visit(page, "/", /Parameter efficiency/);
  await visit(page, "/sign-in");
  await visit(page, "/sign-up");
  await visit(page, "/experiments");
  await visit(page, "/experiments/frontier", "Accuracy per parameter: the frontier");
  // A form showing its errors.
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expectAccessible(page, "sign-up with errors");
});

test("a student's pages have no WCAG 2.1 A/AA violations", async ({ page }) => {
  await signUp(page, newAccount("student"));
  for (const path of ["/study", "/stats", "/study/settings", "/account", "/quizzes", "/classes", "/experiments"])
    await visit(page, path);
  // Signed out, an unknown address goes to sign-in; signed in, it is the not-found page.
  await visit(page, "/no-such-page", "Page not found");
  await page.goto("/decks/parameter-efficiency");
  await page.getByRole("listitem").filter({ hasText: "Fact 1 · Memory and speed" }).locator("summary").click();
  await expectAccessible(page, "the deck with a card open");

  await page.goto("/study/review");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await expectAccessible(page, "a review card, front");
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expectAccessible(page, "a review card, answer shown");

  await startPractice(page);
  await expectAccessible(page, "a quiz attempt");
  while (!(await page.getByRole("button", { name: "Finish and submit" }).isVisible()))
    await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await expect(page.getByRole("dialog", { name: "Submit your answers?" })).toBeVisible();
  await expectAccessible(page, "the submit dialog");
  await page.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expectAccessible(page, "a quiz result");
});

test("an instructor's pages have no WCAG 2.1 A/AA violations", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await visit(page, "/teach");
  await page.getByRole("link", { name: "Demo class" }).first().click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, "the class dashboard");
  const classUrl = new URL(page.url()).pathname;
  await visit(page, `${classUrl}/roster`);
  await page.goto(classUrl);
  await page.getByRole("link", { name: "Sam Student" }).first().click();
  await expect(page).toHaveURL(/\/students\//);
  await page.waitForLoadState("networkidle");
  await expectAccessible(page, "a student's page");
  await visit(page, "/teach/quizzes");
  await visit(page, "/teach/quizzes/new");
});

test("a proof page has no WCAG 2.1 A/AA violations while it runs and once it has a verdict", async ({ page }) => {
  await page.goto("/experiments/generalization-gap?seed=7&epochs=5&train=40&backend=cpu");
  await expect(page.getByRole("button", { name: "Run", exact: true })).toBeEnabled(); // hydrated
  await expectAccessible(page, "a proof before it runs");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("charts-noisy")).toHaveAttribute("data-points", /^[1-9]/, { timeout: 30_000 });
  await expectAccessible(page, "a proof running");
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
  await expectAccessible(page, "a proof with its verdict");
});
