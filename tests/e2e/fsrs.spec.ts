import { expect, test } from "@playwright/test";
import { DEMO, newAccount, signIn, signUp } from "./support";

// The memory model as a learner and an instructor meet it: which weights schedule the
// cards and why (a new learner is below every minimum), what each retention would cost,
// calibration on the progress page, and a fit queued from a button and run in the background.

test("a new learner sees why the default weights stay, what each retention means, and queues a fit that runs in the background", async ({
  page,
}) => {
  await signUp(page, newAccount("student"));
  await page.goto("/study/settings");
  await expect(page.getByText("Your cards are scheduled with the default FSRS-6 weights.")).toBeVisible();
  await expect(page.getByRole("note")).toContainText(
    "Below the minimum for a full fit: you have 0 reviews the optimizer can learn from",
  );

  const table = page.getByRole("table", { name: /Simulated for your \d+ cards over the next 90 days/ });
  await expect(table.getByRole("row")).toHaveCount(6); // header + 75, 80, 85, 90, 95%
  await expect(table.getByRole("row", { name: /^90% \(yours\)/ })).toBeVisible();

  await page.getByRole("button", { name: "Fit my weights now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Fitting your weights is (queued|running)/ })).toBeVisible();
  // The server's runner polls the job table every few seconds; the page then shows what fsrs-rs returned.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("fsrs-rs returned", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(
    page.getByText(/default weights: it needs at least 8 reviews it can learn from, and you have 0 reviews/).first(),
  ).toBeVisible();

  await page.goto("/stats");
  await expect(page.getByRole("heading", { name: "How well your schedule predicts recall" })).toBeVisible();
  await expect(page.getByText(/Not enough to measure yet: 0 reviews/)).toBeVisible();
});

test("an instructor opens the class's memory model and queues a class fit", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password, /\/(teach|study)$/);
  await page.goto("/teach");
  await page.getByRole("link", { name: "Demo class" }).first().click();
  await page.getByRole("link", { name: "Memory model" }).click();
  await expect(page).toHaveURL(/\/teach\/classes\/[^/]+\/memory$/);
  await expect(page.getByRole("heading", { name: "Which facts the class forgets fastest" })).toBeVisible();
  await expect(page.getByRole("table", { name: /forgotten fastest first/ })).toBeVisible();
  await page.getByRole("button", { name: "Fit class weights" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /Fitting the class's weights is (queued|running)/ }),
  ).toBeVisible();
});
