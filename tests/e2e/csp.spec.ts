import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support";
import { waitOfflineReady } from "./offline-support";

/**
 * Collects CSP violations (each document's `securitypolicyviolation` events, across
 * navigations, from before the first script) and the console's "Refused to …" errors.
 */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
  });
  await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
    document.addEventListener("securitypolicyviolation", (e) =>
      report(`${e.violatedDirective} ${e.blockedURI} ${document.location.pathname}`),
    );
  });
  return () => ({ violations, consoleErrors });
}

test("pages, KaTeX, a proof's Web Worker and Wasm, and the service worker work under the CSP, with no violation @desktop-only", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const report = await watchPolicy(page);
  const res = await page.goto("/");
  const csp = res!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic' 'wasm-unsafe-eval'/);
  // The e2e server lets lti-frame.spec.ts's fake LMS frame the app (LTI_FRAME_ANCESTORS in
  // playwright.config.ts): pages allow that origin and no other; the admin pages nobody.
  const lms = `http://localhost:${Number(new URL(page.url()).port) + 99}`;
  expect(csp).toContain(`frame-ancestors 'self' ${lms}`);
  expect(csp.match(/frame-ancestors[^;]*/)![0]).toBe(`frame-ancestors 'self' ${lms}`);
  const admin = await page.request.get("/admin", { maxRedirects: 0 });
  expect(admin.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  // The files the proxy skips get a policy from next.config.js.
  for (const path of ["/sw.js", "/manifest.webmanifest"]) {
    const r = await page.request.get(path);
    expect(r.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  }
  // Injected markup's inline handler is refused (and reported): the policy is really enforced.
  // (A script element made by a script is allowed under 'strict-dynamic': only trusted, nonced
  // scripts run in the first place, so only they could make one.)
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image.png" onerror="window.__injected = true">'),
  );
  await expect.poll(() => report().violations.length).toBe(1);
  expect(report().violations[0]).toMatch(/^script-src-attr inline/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  report().violations.length = 0;
  report().consoleErrors.length = 0;

  await signIn(page, DEMO.student.email, DEMO.student.password);
  // A card with math: KaTeX's markup, styles and fonts.
  await page.goto("/decks/parameter-efficiency");
  const card = page
    .getByRole("listitem")
    .filter({ has: page.locator(".katex") })
    .first();
  await card.locator("summary").click();
  await expect(card.locator(".katex").first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check("16px KaTeX_Main"))).toBe(true);

  // A proof on WebAssembly, to its verdict: the worker, its Wasm binaries, the charts.
  await page.goto("/experiments/memory-speed?backend=wasm");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("backend")).toHaveText(/WebAssembly/);
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId("record-status")).toHaveText("Saved to your account.");

  // The review page registers the service worker, which installs and caches the offline shell.
  await page.goto("/study/review");
  await waitOfflineReady(page);

  expect(report()).toEqual({ violations: [], consoleErrors: [] });
});
