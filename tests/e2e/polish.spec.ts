import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, newAccount, signIn, signUp } from "./support";
import { chartTextSizes, size } from "./a11y-support";
import { startPractice } from "./quiz-support";
import { assignQuiz } from "./class-support";

// Real training and many page loads on a shared machine: generous time (no timing is asserted).
test.describe.configure({ timeout: 180_000 });

// What a phone user notices after "it works": legible charts, a proof that shows its result,
// a quiz that gets the screen, cards that say they open, and names said properly.

async function expectLegibleCharts(page: Page, where: string, atLeast = 1) {
  await expect(page.locator("[data-chart] svg").first()).toBeVisible();
  const sizes = await chartTextSizes(page);
  expect(sizes.length, `chart text on ${where}`).toBeGreaterThanOrEqual(atLeast);
  const small = sizes.filter((s) => s.px < 11);
  expect(small, `chart text under 11 px on ${where}`).toEqual([]);
}

const rect = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test("a proof on a phone: the status is not cut off, the charts read ≥ 11 px with a tap readout, and the verdict comes into view @phone-only", async ({
  page,
}) => {
  await page.goto("/experiments/generalization-gap?seed=7&epochs=6&train=40&backend=cpu");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const status = page.getByTestId("run-progress-text");
  await expect(status).toBeVisible({ timeout: 30_000 });
  const fits = await status.evaluate(
    (el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= window.innerWidth,
  );
  expect(fits, "the model and epoch text fits the screen").toBe(true);
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
  // The verdict, thousands of pixels below the Run button, is brought into view and announced.
  await expect(page.getByRole("heading", { name: "Verdict" })).toBeInViewport();
  await expect(page.getByTestId("run-announcement")).toContainText(
    /^Run finished\. Verdict: (Supported|Not supported|It depends)\./,
  );
  await expectLegibleCharts(page, "the proof page", 20);
  // Tap a chart: the readout names the epoch and each model's value.
  const chart = page.locator("[data-chart]").first();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(page.getByTestId("chart-readout").first()).toContainText(/^epoch \d+/);
  // …and the same numbers as a table, for anyone who cannot read the drawing.
  await page.getByText("Show the numbers").first().click();
  await expect(page.getByRole("table", { name: /Training loss per epoch/ })).toContainText("epoch");
});

test("the progress page and the class dashboard keep chart text ≥ 11 px on a phone @phone-only", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await page.goto("/stats");
  await expectLegibleCharts(page, "/stats", 5);
  await page.goto("/teach");
  await page.getByRole("link", { name: "Demo class" }).first().click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  await expectLegibleCharts(page, "the class dashboard", 5);
});

test("the frontier proof marks the models on the frontier and the budget pick, as its card promises @desktop-only", async ({
  page,
}) => {
  await page.goto("/experiments/frontier?epochs=3&budget=1500&backend=cpu");
  await expect(page.getByText("The results table's “Frontier” column")).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 120_000 });
  const table = page.getByRole("table", { name: "Final results: Spiral" });
  await expect(table.getByRole("columnheader", { name: "Frontier" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "✓ yes" }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "★ best fit" })).toHaveCount(1);
  // The budget pick fits the budget: MLP 32×32 has 1,218 parameters, MLP 64×64 4,482.
  await expect(table.getByRole("row").filter({ hasText: "MLP 64×64" })).toContainText("over");
});

test("a quiz attempt gets the screen: no site header or tab bar, and no bar covers an option @phone-only", async ({
  page,
}) => {
  await signUp(page, newAccount("student"));
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await startPractice(page);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  const header = page.getByTestId("attempt-header");
  const nav = page.getByTestId("quiz-nav");
  expect((await rect(header)).height, "a compact quiz header").toBeLessThan(80);

  const viewport = page.viewportSize()!;
  for (let i = 1; ; i++) {
    const region = page.getByRole("region", { name: new RegExp(`^Question ${i} of \\d+$`) });
    await expect(region).toBeVisible();
    const options = region.locator(
      "label:has(input[type=radio]), label:has(input[type=checkbox]), input[type=text], ol > li",
    );
    const n = await options.count();
    expect(n, `question ${i} has something to answer`).toBeGreaterThan(0);
    for (let k = 0; k < n; k++) {
      const option = options.nth(k);
      // Question 1 must fit as it opens; later ones may need a scroll, which must not end under a bar.
      if (i > 1) await option.scrollIntoViewIfNeeded();
      const [o, h, b] = await Promise.all([rect(option), rect(header), rect(nav)]);
      expect(
        overlaps(o, h) || overlaps(o, b),
        `question ${i}, option ${k + 1} is not under the quiz header or the Back/Next bar`,
      ).toBe(false);
      expect(o.top >= 0 && o.bottom <= viewport.height, `question ${i}, option ${k + 1} is on screen`).toBe(true);
      // The option itself is what a tap at its centre hits.
      const hit = await option.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!top && (el === top || el.contains(top));
      });
      expect(hit, `question ${i}, option ${k + 1} can be tapped`).toBe(true);
    }
    const next = page.getByRole("button", { name: "Next →" });
    if (!(await next.isVisible())) break;
    await next.click();
  }
});

test("deck cards say they open, and their primary links are ≥ 44 px tall @phone-only", async ({ page }) => {
  await signIn(page, DEMO.student.email, DEMO.student.password);
  await page.goto("/decks/parameter-efficiency");
  const card = page.getByRole("listitem").filter({ hasText: "Fact 1 · Memory and speed" });
  const summary = card.locator("summary");
  await expect(summary).toContainText("Answer");
  expect((await size(summary)).height).toBeGreaterThanOrEqual(44);
  await summary.tap();
  await expect(summary).toContainText("Hide");
  const proof = card.getByRole("link", { name: "See the proof →" });
  await expect(proof).toBeVisible();
  expect((await size(proof)).height).toBeGreaterThanOrEqual(44);
});

test("an instructor's link from a quiz to its results is a ≥ 44 px target @phone-only", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await page.goto("/teach");
  await page.getByRole("link", { name: "Demo class" }).first().click();
  await expect(page).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classId = page.url().match(/\/teach\/classes\/([a-z0-9]+)$/)![1];
  await assignQuiz(page, classId, `Tap quiz ${Date.now().toString(36)}`, [
    { picker: /Which statement best defines parameter efficiency/, prompt: "", right: true },
  ]);
  const link = page.getByRole("link", { name: "See results on the class page →" });
  expect((await size(link)).height).toBeGreaterThanOrEqual(44);
});

test("people are greeted by the name they go by, never by a title", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hi, Ada");

  // Signed out (a signed-in visitor is sent away from /sign-up), a new student with a title.
  await page.context().clearCookies();
  const student = { ...newAccount("student"), name: "Dr. Nguyễn Văn An" };
  await signUp(page, student);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hi, Dr. Nguyễn Văn An");
  await page.goto("/account");
  await page.getByLabel("What should we call you?").fill("An");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. We will call you An.");
  await page.goto("/study");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hi, An");
});
