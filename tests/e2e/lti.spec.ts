import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support";
import { assignQuiz, laptop, takeQuiz, DEFINITION_AND_DENSE } from "./class-support";
import { ROLE, startFakeLms, type FakeLms } from "../support/fake-lms";
import { registerLms } from "./lti-support";

// The whole LTI 1.3 round trip in Chromium against a fake platform on loopback: an admin
// registers it; its instructor launches from an activity the LMS made a gradebook column for, into
// a new class, assigns a quiz and sends its grades to that column; a second instructor co-teaches
// it; its learner opens the activity, lands on the quiz, takes it; the column gets the grade.
const QUIZ = DEFINITION_AND_DENSE;

let lms: FakeLms | undefined;
test.afterAll(async () => {
  if (lms) await lms.close();
});

/** Opens the tool from the LMS course page as `sub` (login → platform auth → form_post launch). */
async function launchFromLms(page: Page, lms: FakeLms, base: string, sub: string) {
  await page.goto(`${lms.issuer}/course?tool=${encodeURIComponent(`${base}/lti/login`)}&as=${sub}`);
  await page.getByRole("link", { name: "Open ParamLab" }).click();
}

test("@desktop-only an LMS instructor assigns a quiz to the activity's column, a learner takes it, the column gets the grade", async ({
  page,
  browser,
  baseURL,
}) => {
  // Four people in three browsers: the admin registers the LMS, two instructors and a learner launch
  // from it, a quiz is written and taken, and the background runner sends the grade (polled up to
  // 30 s). About 60 steps of ~1 s each on a loaded 2-core machine: over the default 60 s (it timed
  // out twice at the grade poll, every step well within its own time).
  test.setTimeout(180_000);
  const base = baseURL!;
  const fake = await startFakeLms({ toolJwks: `${base}/.well-known/jwks.json`, clientId: `tool-${Date.now()}` });
  lms = fake;
  fake.setRedirectUri(`${base}/lti/launch`);
  fake.users.set("u-teach", { sub: "u-teach", name: "Tess Teacher", roles: [ROLE.instructor] });
  fake.users.set("u-learn-1", { sub: "u-learn-1", name: "Lea Learner", roles: [ROLE.learner] });
  fake.users.set("u-teach-2", { sub: "u-teach-2", name: "Cora Coteacher", roles: [ROLE.instructor] });

  // The admin registers the LMS on /admin/lti, which shows what the LMS admin enters.
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/admin/lti");
  await expect(page.getByText(`${base}/lti/login`)).toBeVisible();
  await expect(page.getByText(`${base}/.well-known/jwks.json`)).toBeVisible();
  await registerLms(page, fake);

  // The instructor launches from the course's activity (the LMS made its column): a new class.
  const column = fake.useActivity("rl-week3", "Week 3 quiz", true)!;
  const teacher = await laptop(browser);
  await launchFromLms(teacher, fake, base, "u-teach");
  await expect(teacher).toHaveURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classId = teacher.url().split("/").pop()!;
  await expect(teacher.getByRole("heading", { name: "Parameter efficiency 101" })).toBeVisible();
  const title = `LMS quiz ${Date.now().toString(36)}`;
  const quizId = await assignQuiz(teacher, classId, title, QUIZ);
  await teacher.goto(`/teach/classes/${classId}/quizzes/${quizId}`);
  // Both ways are offered: a new column, or the activity's own one (taken here: no new column).
  await expect(teacher.getByRole("button", { name: "Send grades to the LMS" })).toBeVisible();
  await teacher.getByRole("button", { name: "Use the gradebook column of “Week 3 quiz”" }).click();
  await expect(teacher.getByText("Grades go to the activity's gradebook column")).toBeVisible();
  expect(fake.lineItems.map((l) => l.label)).toEqual(["Week 3 quiz"]);

  // A second instructor of the course co-teaches the same class. Teaching through the LMS gives
  // the course's class and its quizzes, not app-wide powers: no "Create a class", and why.
  const coteacher = await laptop(browser);
  await launchFromLms(coteacher, fake, base, "u-teach-2");
  await expect(coteacher).toHaveURL(new RegExp(`/teach/classes/${classId}$`));
  await coteacher.goto("/teach/quizzes");
  await expect(coteacher.getByText(title)).toBeVisible();
  await coteacher.goto("/teach");
  await expect(coteacher.getByRole("link", { name: /Parameter efficiency 101/ })).toBeVisible();
  await expect(coteacher.getByRole("heading", { name: "Create a class", exact: true })).toHaveCount(0);
  await expect(coteacher.getByRole("heading", { name: /Why no .Create a class.\?/ })).toBeVisible();
  await coteacher.context().close();

  // The learner opens the activity and lands on its quiz, takes it: one of two right.
  await launchFromLms(page, fake, base, "u-learn-1");
  await expect(page).toHaveURL(new RegExp(`/quizzes/${quizId}$`));
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await takeQuiz(page, title, QUIZ);
  await expect(page.getByTestId("score")).toHaveText(/^\s*1\s*\/\s*2\s*$/);

  // The background runner sends the grade; the platform's gradebook holds it, once.
  await expect.poll(() => fake.scores.length, { timeout: 30_000 }).toBe(1);
  expect(fake.scores[0].body).toMatchObject({ userId: "u-learn-1", scoreGiven: 50, scoreMaximum: 100 });
  expect(fake.scores[0].lineItem).toBe(column.split("?")[0]);
  await teacher.reload();
  await expect(teacher.getByTestId("lms-sync-status")).toContainText("Last synced");
  await expect(teacher.getByText("Grades go to the gradebook column of the activity “Week 3 quiz”")).toBeVisible();
  await teacher.context().close();
});
