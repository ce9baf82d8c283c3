// Steps of the class end-to-end flow, done through the real pages: a class, a quiz assigned
// to it, a student's review session and quiz attempt, and the CSV downloads.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { swipe } from "./support";
import { waitSaved } from "./quiz-support";

/** A second person at a laptop, beside the phone user of the default page. */
export async function laptop(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  return context.newPage();
}

export async function createClass(page: Page, name: string) {
  await page.goto("/teach");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Class created.")).toBeVisible();
  const classId = page.url().match(/\/teach\/classes\/([a-z0-9]+)\/roster/)![1];
  const code = (await page.getByTestId("join-code").textContent())!.trim();
  return { classId, code };
}

/** A student joins on /classes with the code the instructor's roster page showed. */
export async function joinClass(page: Page, code: string, className: string) {
  await page.goto("/classes");
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(`You joined ${className}.`)).toBeVisible();
}

export async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** The browser's (= the student's, set at sign-up) calendar day, as "2026-11-28". */
export const todayKey = (page: Page) => page.evaluate(() => new Date().toLocaleDateString("en-CA"));

/** A bank question the test answers, and whether that answer is right (content/parameter-efficiency/questions.json). */
export type PlannedAnswer = { picker: RegExp; prompt: string; radio?: string; typed?: string; right: boolean };

/** From the class dashboard: "Assign a quiz" with the given bank questions and the form's defaults. */
export async function assignQuiz(page: Page, classId: string, title: string, plan: PlannedAnswer[]) {
  await page.goto(`/teach/classes/${classId}`);
  await page.getByRole("link", { name: "Assign a quiz" }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/quizzes/new\\?classId=${classId}$`));
  await expect(page.getByLabel("Class", { exact: true })).toHaveValue(classId);
  await page.getByLabel("Title", { exact: true }).fill(title);
  for (const q of plan) await page.getByLabel(q.picker).check();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  return page.url().match(/\/teach\/quizzes\/([a-z0-9]+)\?saved=1$/)![1];
}

type Grade = "Again" | "Hard" | "Good" | "Easy";
export type StudyStep = { reveal: "tap card" | "tap Show answer"; grade: Grade; by: "tap" | "swipe" };

/** Whether "next in 10m" (a grade button's interval) still falls within the browser's today. */
async function dueLaterToday(page: Page, interval: string) {
  const m = interval.match(/^(\d+(?:\.\d+)?)(m|h)$/);
  if (!m) return false; // days, months, years: never today
  const ms = Number(m[1]) * (m[2] === "m" ? 60_000 : 3_600_000);
  return page.evaluate((ms) => new Date(Date.now() + ms).toDateString() === new Date().toDateString(), ms);
}

/**
 * Reviews one new card per step in /study/review (taps, or a finger swipe: ← Again, Good →),
 * then leaves once every grade is saved. Returns the distinct cards graded, how many grades,
 * and how many of those cards are due again before the end of the local day.
 */
export async function studyCards(page: Page, steps: StudyStep[]) {
  const cardTitle = page.locator("#review-card-title");
  const dueAgain = new Map<string, boolean>();
  await page.goto("/study");
  await page.getByRole("link", { name: /^Start review · \d+ cards$/ }).tap();
  await expect(page).toHaveURL(/\/study\/review$/);
  for (const step of steps) {
    const title = (await cardTitle.textContent())!;
    if (step.reveal === "tap card") await page.locator("article").tap();
    else await page.getByRole("button", { name: "Show answer" }).tap();
    await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
    const button = page.getByRole("button", { name: new RegExp(`^${step.grade}, next in `) });
    const interval = (await button.getAttribute("data-interval"))!;
    if (step.by === "tap") await button.tap();
    else if (step.grade === "Again" || step.grade === "Good")
      await swipe(page, step.grade === "Again" ? "left" : "right");
    else throw new Error(`No swipe grades ${step.grade}`);
    await expect(cardTitle).not.toHaveText(title);
    dueAgain.set(title, await dueLaterToday(page, interval));
  }
  await expect(page.getByRole("status").filter({ hasText: /^Synced$/ })).toBeVisible();
  await page.getByRole("link", { name: "Close the review" }).tap();
  await expect(page).toHaveURL(/\/study$/);
  return { studied: dueAgain.size, grades: steps.length, dueToday: [...dueAgain.values()].filter(Boolean).length };
}

/**
 * Two bank questions (content/parameter-efficiency/questions.json) answered as the class specs do:
 * the definition right, the Dense layer's parameter count wrong (300·100, forgetting the biases).
 */
export const DEFINITION_AND_DENSE: PlannedAnswer[] = [
  {
    picker: /Which statement best defines parameter efficiency/,
    prompt: "Which statement best defines parameter efficiency?",
    radio: "Reaching high performance on unseen data with as few trainable parameters as possible",
    right: true,
  },
  {
    picker: /One Dense layer from 300 inputs to 100 units/i,
    prompt: "300 inputs to 100 units",
    typed: "30000",
    right: false,
  },
];

/** From /quizzes: starts the class quiz, answers each screen by the plan (order is shuffled), submits. */
export async function takeQuiz(page: Page, title: string, plan: PlannedAnswer[]) {
  await page.goto("/quizzes");
  await page.getByRole("link", { name: title }).click(); // a substring, as written
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/attempt\/[a-z0-9]+$/);
  const done = new Set<PlannedAnswer>();
  for (let i = 1; i <= plan.length; i++) {
    const region = page.getByRole("region", { name: `Question ${i} of ${plan.length}` });
    await expect(region).toBeVisible();
    const text = (await region.textContent())!;
    const q = plan.find((p) => !done.has(p) && text.includes(p.prompt));
    if (!q) throw new Error(`Question ${i} is none of the planned ones: ${text.slice(0, 120)}`);
    done.add(q);
    if (q.radio) await region.getByRole("radio", { name: q.radio }).check();
    else await region.getByRole("textbox", { name: "Your answer" }).fill(q.typed!);
    await waitSaved(page);
    if (i < plan.length) await page.getByRole("button", { name: "Next →" }).click();
  }
  await page.getByRole("button", { name: "Finish and submit" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your answers?" });
  const n = plan.length;
  await expect(dialog).toContainText(`You answered ${n} of ${n} question${n === 1 ? "" : "s"}.`);
  await dialog.getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/quizzes\/attempt\/[a-z0-9]+\/result$/);
}
