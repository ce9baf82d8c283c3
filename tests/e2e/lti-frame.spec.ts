import { expect, test, type Browser } from "@playwright/test";
import { DEMO, signIn } from "./support";
import { ROLE, startFakeLms, type FakeLms } from "../support/fake-lms";
import { startTlsProxy } from "../support/tls-proxy";
import { registerLms } from "./lti-support";

// Inside the LMS's page, as Moodle and Canvas show a tool: the course page (the LMS's site,
// http://localhost) frames the app over https (another site, 127.0.0.1, through a TLS proxy).
// The launch's session cookie is SameSite=None; Secure; Partitioned, so the framed app stays
// signed in from page to page, while the same browser opening the app on its own is not: the
// cookie belongs to the app inside that LMS only.

let lms: FakeLms | undefined;
let tls: Awaited<ReturnType<typeof startTlsProxy>> | undefined;
test.afterAll(async () => {
  await lms?.close();
  await tls?.close();
});

async function browserAt(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  return context.newPage();
}

test("@desktop-only in the LMS's iframe over https: the launch signs in inside the frame only, and the learner studies there", async ({
  page,
  browser,
  baseURL,
}) => {
  const http = baseURL!;
  tls = await startTlsProxy(http);
  const port = Number(new URL(http).port) + 99; // the origin playwright.config.ts lets frame the app
  const fake = await startFakeLms({
    toolJwks: `${http}/.well-known/jwks.json`,
    clientId: `frame-${Date.now()}`,
    host: "localhost",
    port,
  });
  lms = fake;
  fake.setRedirectUri(`${tls.origin}/lti/launch`);
  fake.users.set("f-teach", { sub: "f-teach", name: "Frida Framed", roles: [ROLE.instructor] });
  fake.users.set("f-learn", { sub: "f-learn", name: "Finn Framed", roles: [ROLE.learner] });

  // The admin registers this LMS (as lti.spec.ts does, over the app's own http origin).
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await registerLms(page, fake, `${fake.registration().name} (framed)`);

  const course = (sub: string) =>
    `${fake.issuer}/course?frame=1&as=${sub}&tool=${encodeURIComponent(`${tls!.origin}/lti/login`)}`;

  // The instructor opens the course first (that makes the class), inside the frame.
  const teacher = await browserAt(browser, tls.origin);
  await teacher.goto(course("f-teach"));
  const teacherFrame = teacher.frameLocator('iframe[title="ParamLab"]');
  await expect(teacherFrame.getByRole("heading", { name: "Parameter efficiency 101" })).toBeVisible();

  // The learner launches inside the frame, lands on the study page, and moves around in it.
  const learner = await browserAt(browser, tls.origin);
  await learner.goto(course("f-learn"));
  const frame = learner.frameLocator('iframe[title="ParamLab"]');
  await expect(frame.getByRole("heading", { name: /^Hi, Finn/ })).toBeVisible();
  await frame.getByRole("link", { name: "Quizzes" }).first().click();
  await expect(frame.getByRole("heading", { name: "Quizzes", exact: true })).toBeVisible(); // still signed in

  // The session cookie is the partitioned, cross-site kind, and kept for this LMS only.
  const cookies = await learner.context().cookies(tls.origin);
  const session = cookies.find((c) => c.name === "__Secure-authjs.session-token");
  expect(session).toMatchObject({ secure: true, sameSite: "None", httpOnly: true, partitionKey: "http://localhost" }); // the LMS's site
  await learner.goto(`${tls.origin}/study`); // the app on its own, in the same browser
  await expect(learner).toHaveURL(/\/sign-in/);
  await teacher.context().close();
  await learner.context().close();
});
