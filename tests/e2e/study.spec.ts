import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUp, swipe } from "./support";
import { ALL_CARDS, CARDS, DEFAULT_NEW_CARDS_PER_DAY } from "../support/content";

// The review screen: a new student goes through all of today's new cards, undoes a grade,
// finishes, and finds the reviews in today's heatmap cell on the progress page.

/** A new account's first session: every card, up to the daily new-card limit. */
const NEW_TODAY = Math.min(ALL_CARDS.length, DEFAULT_NEW_CARDS_PER_DAY);
const cardsLabel = (n: number) => `${n} ${n === 1 ? "card" : "cards"}`;

const cardTitle = (page: Page) => page.locator("#review-card-title");
const answer = (page: Page) => page.getByRole("region", { name: "Answer" });
const summary = (page: Page) => page.getByRole("heading", { name: "Session complete" });
const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString("en-CA"));

/** Grades until the session summary shows, with `step` revealing and grading one card; returns the grade count. */
async function reviewToTheEnd(page: Page, step: (i: number, seenBefore: boolean) => Promise<void>) {
  const seen = new Set<string>();
  let grades = 0;
  for (let i = 0; i < NEW_TODAY * 5 && !(await summary(page).isVisible()); i++) {
    const title = (await cardTitle(page).textContent())!;
    await step(i, seen.has(title));
    seen.add(title);
    grades++;
    await expect(summary(page).or(cardTitle(page))).toBeVisible();
  }
  expect(seen.size).toBe(NEW_TODAY);
  await expect(summary(page)).toBeVisible();
  await expect(page.getByText("All grades saved.")).toBeVisible();
  return grades;
}

async function expectTodayCell(page: Page, reviews: number) {
  await expect(page.getByRole("img", { name: `${await today(page)}: ${reviews} reviews` })).toBeVisible();
}

test("a new student reviews today's new cards with taps and swipes, undoes one, and sees today's reviews @phone-only", async ({
  page,
}) => {
  await signUp(page, newAccount("student"));
  await page.getByRole("link", { name: `Start review · ${cardsLabel(NEW_TODAY)}` }).tap();
  await expect(page).toHaveURL(/\/study\/review$/);

  // Reveal by tapping the card; the back links to its proof.
  const first = await cardTitle(page).textContent();
  const card = CARDS.find((c) => c.title === first)!;
  expect(card, `no card titled "${first}"`).toBeDefined();
  await page.locator("article").tap();
  await expect(answer(page)).toBeVisible();
  await expect(answer(page).getByRole("link", { name: "See the proof" })).toHaveAttribute(
    "href",
    `/experiments/${card.experiment}?card=${card.key}`,
  );
  await expect(page.getByRole("button", { name: /^Good, next in 10m$/ })).toBeVisible();

  // Swipe left (Again), then undo: the same card comes back, answer shown, nothing counted.
  await swipe(page, "left");
  await expect(cardTitle(page)).not.toHaveText(first!);
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(cardTitle(page)).toHaveText(first!);
  await expect(answer(page)).toBeVisible();

  const grades = await reviewToTheEnd(page, async (i, seenBefore) => {
    if (!(await answer(page).isVisible())) {
      if (i % 2) await page.getByRole("button", { name: "Show answer" }).tap();
      else await page.locator("article").tap();
      await expect(answer(page)).toBeVisible();
    }
    // A card seen before is finished with Easy; a first look alternates a Good swipe and Easy / Hard taps.
    if (seenBefore || i % 3 === 1) await page.getByRole("button", { name: /^Easy/ }).tap();
    else if (i % 3 === 0) await swipe(page, "right");
    else await page.getByRole("button", { name: /^Hard/ }).tap();
  });
  await expect(page.getByText(new RegExp(`^${grades} grades in`))).toBeVisible();

  await page.getByRole("link", { name: "See your progress" }).tap();
  await expect(page).toHaveURL(/\/stats$/);
  await expectTodayCell(page, grades);
  await expect(page.getByText(`Review · ${NEW_TODAY}`)).toBeVisible(); // every card graduated to the Review state
});

test("a new student does the whole review with the keyboard alone @desktop-only", async ({ page }) => {
  await signUp(page, newAccount("student"));
  await page.goto("/study/review");
  const first = await cardTitle(page).textContent();
  await page.keyboard.press("Space");
  await expect(answer(page)).toBeVisible();
  await page.keyboard.press("1");
  await expect(cardTitle(page)).not.toHaveText(first!);
  await page.keyboard.press("z");
  await expect(cardTitle(page)).toHaveText(first!);
  await expect(answer(page)).toBeVisible();

  const grades = await reviewToTheEnd(page, async (i, seenBefore) => {
    if (!(await answer(page).isVisible())) await page.keyboard.press("Space");
    await expect(answer(page)).toBeVisible();
    await page.keyboard.press(seenBefore || i % 2 ? "4" : "3");
  });
  await page.getByRole("link", { name: "See your progress" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/stats$/);
  await expectTodayCell(page, grades);
});

test("grades made offline, lost in transit or left by a reload are stored exactly once @desktop-only", async ({
  page,
  context,
}) => {
  await signUp(page, newAccount("student"));
  await page.goto("/study/review");
  const gradeEasy = async () => {
    await page.keyboard.press("Space");
    await expect(answer(page)).toBeVisible();
    const title = await cardTitle(page).textContent();
    await page.keyboard.press("4");
    await expect(cardTitle(page)).not.toHaveText(title!);
    return title!;
  };

  // Offline: the next card still comes at once, and the grade waits on the device.
  await context.setOffline(true);
  await gradeEasy();
  await expect(page.getByRole("status").filter({ hasText: "Offline — 1 grade waiting" })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Synced" })).toBeVisible();

  // The server stores a grade but the answer never arrives: the retry must not store it twice.
  let dropped = 0;
  await page.route("**/api/reviews", async (route) => {
    if (dropped++ === 0) {
      await route.fetch();
      await route.abort("connectionreset");
    } else await route.continue();
  });
  await gradeEasy();
  await expect(page.getByRole("status").filter({ hasText: "Synced" })).toBeVisible({ timeout: 15_000 });
  expect(dropped).toBeGreaterThanOrEqual(2);
  await page.unroute("**/api/reviews");

  // A grade that has not left when the page reloads is sent afterwards, and its card is not shown again.
  await page.route("**/api/reviews", (route) => route.abort("internetdisconnected"));
  const graded = await gradeEasy();
  await page.reload();
  await expect(cardTitle(page)).not.toHaveText(graded);
  await page.unroute("**/api/reviews");
  await page.goto("/stats");
  await expectTodayCell(page, 3);
});

test("practice ahead reviews cards without touching the schedule @phone-only", async ({ page }) => {
  await signUp(page, newAccount("student"));
  await page.getByRole("link", { name: "Practice ahead" }).tap();
  await expect(page).toHaveURL(/\/study\/review\?mode=practice$/);
  await page.getByRole("button", { name: "Show answer" }).tap();
  await expect(page.getByRole("button", { name: "Again" })).toBeVisible(); // no interval: nothing is scheduled
  await page.getByRole("button", { name: "Again" }).tap(); // comes back at the end of the round
  for (let i = 0; i < ALL_CARDS.length; i++) {
    await page.getByRole("button", { name: "Show answer" }).tap();
    await page.getByRole("button", { name: "Good" }).tap();
  }
  await expect(page.getByRole("heading", { name: "Practice round done" })).toBeVisible();
  await expect(page.getByText("All grades saved.")).toBeVisible();
  await page.getByRole("link", { name: "Back to Study" }).tap();
  await expect(page.getByRole("link", { name: `Start review · ${cardsLabel(NEW_TODAY)}` })).toBeVisible(); // all still new
  await page.goto("/stats");
  const practiced = ALL_CARDS.length + 1; // every card once, and the one graded Again twice
  await expect(
    page.getByRole("img", { name: `${await today(page)}: ${practiced} reviews (${practiced} practice)` }),
  ).toBeVisible();
});
