import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./support";
import {
  answerCurrent,
  NO_SERVICE_WORKER,
  recordBodies,
  secretsOfAttempt,
  startPractice,
  waitSaved,
} from "./quiz-support";
import { PRACTICE } from "../support/content";

// The recorder must see every body the server sends (see recordBodies).
test.use(NO_SERVICE_WORKER);

test("no page, RSC payload or server-action reply a student receives before submitting reveals an answer", async ({
  page,
}) => {
  await signUp(page, newAccount("student"));
  const received = await recordBodies(page);

  const attemptId = await startPractice(page); // the start action's reply and the attempt page
  for (let i = 1; i <= PRACTICE.count; i++) {
    await answerCurrent(page, "12345"); // every answer goes through a server action
    if (i < PRACTICE.count) await page.getByRole("button", { name: "Next →" }).click();
  }
  await waitSaved(page);
  await page.reload(); // the full HTML with the inline RSC payload, answers restored
  await page.goto("/quizzes"); // the list and the quiz page while the attempt is open
  await page.getByRole("link", { name: /Practice quiz/ }).click();
  await page.getByRole("link", { name: "Resume your attempt" }).click(); // a client navigation: an RSC fetch
  await expect(page.getByRole("region", { name: new RegExp(`Question \\d+ of ${PRACTICE.count}`) })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const bodies = await received();

  const secrets = secretsOfAttempt(attemptId);
  expect(secrets.length).toBeGreaterThan(PRACTICE.count); // an explanation per question, and more
  expect(bodies.some((b) => b.body.includes(attemptId))).toBe(true); // we did capture the attempt's payloads
  // We did capture server-action replies: the start, and saves (how many depends on how the
  // debounced saves batch under load, so only "at least one save" is certain).
  expect(bodies.filter((b) => b.url.startsWith("POST")).length).toBeGreaterThanOrEqual(2);
  for (const { url, body } of bodies) {
    // The learner's own flashcards (the study guide, kept on the device for offline review) say
    // "weight sharing" and the like in their answers: study material, not a quiz's key.
    if (url.startsWith("GET") && new URL(url.split(" ")[1]).pathname === "/api/study/snapshot") continue;
    expect(body, url).not.toMatch(/\\?"(answer|accepted|correct|explanation|working|instance)\\?"\s*:/);
    for (const s of secrets) expect(body.includes(s), `${url} contains "${s}"`).toBe(false);
  }

  // The same check finds the answers once they may be shown: submit and read the result.
  await expect(page.getByRole("region", { name: `Question ${PRACTICE.count} of ${PRACTICE.count}` })).toBeVisible(); // resumed where we left off
  await page.getByRole("button", { name: "Finish and submit" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const html = await page.content();
  expect(secrets.filter((s) => html.includes(s)).length).toBeGreaterThan(secrets.length / 2);
});
