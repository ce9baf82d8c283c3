import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUp } from "./support";
import { focusIsVisible } from "./a11y-support";
import { startPractice } from "./quiz-support";

// Real training and many page loads on a shared machine: generous time (no timing is asserted).
test.describe.configure({ timeout: 180_000 });

// Without a pointer: a quiz attempt and a proof run done with the keyboard alone (the review
// is in study.spec.ts), with a visible focus indicator at every stop.

/** Presses Tab until the focused element matches, checking each stop shows its focus. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; label: string | null }) => boolean,
  max = 60,
  key = "Tab",
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { tag: a.tagName.toLowerCase(), text: a.textContent.trim(), label: a.getAttribute("aria-label") };
    });
    // Past the last control focus leaves the page (document.body) before Tab wraps to the top.
    if (el.tag === "body") continue;
    expect(await focusIsVisible(page), `focus is visible on <${el.tag}> “${el.label ?? el.text.slice(0, 40)}”`).toBe(
      true,
    );
    if (matches(el)) return;
  }
  throw new Error("never reached the wanted control with Tab");
}

test("a quiz attempt with the keyboard alone @desktop-only", async ({ page }) => {
  await signUp(page, newAccount("student"));
  await startPractice(page);
  for (let i = 1; ; i++) {
    const region = page.getByRole("region", { name: new RegExp(`^Question ${i} of \\d+$`) });
    await expect(region).toBeVisible();
    const radios = region.getByRole("radio");
    const boxes = region.getByRole("checkbox");
    const text = region.getByRole("textbox");
    const order = region.getByRole("button", { name: "This order is my answer" });
    if (await radios.count()) {
      await tabTo(page, (el) => el.tag === "input");
      await page.keyboard.press("Space");
      await expect(radios.first()).toBeChecked();
    } else if (await boxes.count()) {
      await tabTo(page, (el) => el.tag === "input");
      await page.keyboard.press("Space");
      await expect(boxes.first()).toBeChecked();
    } else if (await text.count()) {
      await tabTo(page, (el) => el.tag === "input");
      await page.keyboard.type("42");
      await expect(text).toHaveValue("42");
    } else if (await order.count()) {
      await tabTo(page, (el) => el.text === "This order is my answer");
      await page.keyboard.press("Enter");
    }
    const last = await page.getByRole("button", { name: "Finish and submit" }).isVisible();
    await tabTo(page, (el) => el.text === (last ? "Finish and submit" : "Next →"));
    await page.keyboard.press("Enter");
    if (last) break;
  }
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  await expect(dialog).toBeVisible();
  await tabTo(page, (el) => el.text === "Submit answers", 5);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/result$/);
});

test("a proof run with the keyboard alone: the verdict takes the focus and is announced @desktop-only", async ({
  page,
}) => {
  await page.goto("/experiments/generalization-gap?seed=7&epochs=5&train=40&backend=cpu");
  await tabTo(page, (el) => el.tag === "button" && el.text === "Run");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"));
  expect(focused).toBe("verdict-heading");
  await expect(page.getByRole("heading", { name: "Verdict" })).toBeInViewport();
  await expect(page.getByTestId("run-announcement")).toContainText("Run finished. Verdict:");

  // A chart's points, read with the arrow keys (the summary chart sits just above the verdict).
  await tabTo(page, (el) => (el.label ?? "").startsWith("Train and test accuracy against parameters"), 20, "Shift+Tab");
  await page.keyboard.press("Home");
  const readout = page.getByTestId("chart-readout").filter({ hasText: "parameters" });
  await expect(readout).toContainText(/^parameters \d/);
  const first = await readout.textContent();
  await page.keyboard.press("ArrowRight");
  await expect(readout).not.toHaveText(first!);
});
