import { expect, test, type Page } from "@playwright/test";
import { newAccount, signIn, signUp, swipe } from "./support";
import { answerCurrent, startPractice, waitSaved } from "./quiz-support";
import { cardTitle, reveal, serverGrades, syncPill, waitOfflineReady, waitSnapshot } from "./offline-support";
import { parseSnapshot } from "@/lib/srs/snapshot";

// Long flows (sign-up, a service worker install, two devices) on a busy machine.
test.describe.configure({ timeout: 180_000 });

// Study with no signal: the review opens offline from the device, grades wait in IndexedDB
// across a closed page, and reach the server once each, in order, when the connection returns.

const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString("en-CA"));
/** Whether the page is controlled, and the states of its registration's workers (for a readable failure). */
const workerStates = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration("/");
    return {
      controlled: !!navigator.serviceWorker.controller,
      active: r?.active?.state ?? null,
      waiting: r?.waiting?.state ?? null,
      installing: r?.installing?.state ?? null,
    };
  });
const RATING = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;

test("offline on a phone: reload the review, grade five (buttons, swipes, undo one), close, reopen offline, sync: the server holds the four @phone-only", async ({
  page,
  context,
}) => {
  const me = newAccount("student");
  await signUp(page, me);
  await page.goto("/study/review");
  await expect(cardTitle(page)).toBeVisible();
  await waitOfflineReady(page);
  await waitSnapshot(page);

  await context.setOffline(true);
  await page.reload();
  await expect(cardTitle(page)).toBeVisible(); // the review, built on the device
  await expect(syncPill(page)).toHaveText("Synced");

  const graded: { title: string; rating: number }[] = [];
  graded.push({ title: await reveal(page, "tap-card"), rating: RATING.Good });
  await page.getByRole("button", { name: /^Good/ }).tap();
  graded.push({ title: await reveal(page), rating: RATING.Good });
  await swipe(page, "right");
  graded.push({ title: await reveal(page), rating: RATING.Easy });
  await page.getByRole("button", { name: /^Easy/ }).tap();
  graded.push({ title: await reveal(page, "tap-card"), rating: RATING.Hard });
  await page.getByRole("button", { name: /^Hard/ }).tap();
  const undone = await reveal(page);
  await swipe(page, "left");
  await expect(syncPill(page)).toHaveText("Offline — 5 grades waiting");
  await page.getByRole("button", { name: "Undo" }).tap();
  await expect(cardTitle(page)).toHaveText(undone);
  await expect(syncPill(page)).toHaveText("Offline — 4 grades waiting");
  expect(new Set(graded.map((g) => g.title)).size).toBe(4);

  // Close the page; open the app again, still offline: the dashboard shows the queue.
  await page.close();
  const again = await context.newPage();
  await again.goto("/study");
  await expect(again.getByRole("status").filter({ hasText: "Offline — 4 grades waiting" })).toBeVisible();
  await expect(again.getByText(/last synced/)).toBeVisible();
  // The offline review continues after the four: none of them is shown again first.
  await again.getByRole("link", { name: /^Start review/ }).tap();
  await expect(cardTitle(again)).toBeVisible();
  expect(graded.map((g) => g.title)).not.toContain(await cardTitle(again).textContent());
  await again.goto("/study");
  expect(serverGrades(me.email)).toEqual([]);

  // Back online: sent in order, once each.
  await context.setOffline(false);
  await expect(again.getByRole("status").filter({ hasText: "Back online: everything is synced." })).toBeVisible({
    timeout: 20_000,
  });
  await expect.poll(() => serverGrades(me.email).length).toBe(4);
  const stored = serverGrades(me.email);
  expect(stored.map((g) => ({ title: g.title, rating: g.rating }))).toEqual(graded);
  expect(new Set(stored.map((g) => g.id)).size).toBe(4);
  expect(stored.every((g) => g.mode === "review" && g.undoneAt === null)).toBe(true);

  // The stats page agrees.
  await again.goto("/stats");
  await expect(again.getByRole("img", { name: `${await today(again)}: 4 reviews` })).toBeVisible();
});

test("two devices grade the same card, one offline: both grades land in review-time order and the offline device shows the result, not an error", async ({
  browser,
  page,
}) => {
  const me = newAccount("student");
  await signUp(page, me); // device A: online throughout
  const phone = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const b = await phone.newPage();
  await signIn(b, me.email, me.password);
  await b.goto("/study/review");
  await expect(cardTitle(b)).toBeVisible();
  await waitOfflineReady(b);
  await waitSnapshot(b);
  await phone.setOffline(true);
  await b.reload();

  // B (offline) grades the first card Again; a moment later A grades the same card Good online.
  const first = await reveal(b);
  await b.getByRole("button", { name: /^Again/ }).click();
  await expect(syncPill(b)).toHaveText("Offline — 1 grade waiting");
  await page.goto("/study/review");
  expect(await reveal(page)).toBe(first);
  await page.getByRole("button", { name: /^Good/ }).click();
  await expect.poll(() => serverGrades(me.email).map((g) => g.rating)).toEqual([RATING.Good]);

  // B comes back: its earlier grade goes first in time, A's is replayed after it.
  await phone.setOffline(false);
  await expect.poll(() => serverGrades(me.email).length, { timeout: 20_000 }).toBe(2);
  await expect(syncPill(b)).toHaveText("Synced");
  await expect(b.getByRole("alert").filter({ hasText: /\w/ })).toHaveCount(0); // (Next.js's route announcer is an empty alert)
  const stored = serverGrades(me.email);
  expect(stored.map((g) => [g.title, g.rating])).toEqual([
    [first, RATING.Again],
    [first, RATING.Good],
  ]);
  expect(stored[1].stateBefore).toBe(stored[0].stateAfter); // one chain, in time order
  expect(parseSnapshot(stored[0].stateBefore)).toBeNull();
  await phone.close();
});

test("a quiz needs a connection: offline it says so plainly, and the answers typed meanwhile are saved when back @phone-only", async ({
  page,
  context,
}) => {
  await signUp(page, newAccount("student"));
  const attemptId = await startPractice(page);
  await waitOfflineReady(page);
  await answerCurrent(page, "7");
  await waitSaved(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Next →" }).click();
  await answerCurrent(page, "12");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "offline");
  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { name: "This page needs a connection" })).toBeVisible();
  await page.goto(`/quizzes/attempt/${attemptId}`);
  await expect(page.getByRole("heading", { name: "This page needs a connection" })).toBeVisible();

  await context.setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(/2 of \d+ answered/)).toBeVisible(); // the second answer came from the device
  await waitSaved(page);
  await page.reload(); // and now it is on the server
  await expect(page.getByText(/2 of \d+ answered/)).toBeVisible();
});

test("a proof page opened once runs with no connection: TensorFlow.js and its Wasm come from the device @desktop-only", async ({
  page,
  context,
}) => {
  await page.goto("/experiments/generalization-gap?epochs=5&backend=wasm");
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30_000 });
  await page.reload(); // a later visit: the page is the service worker's from the start
  await page.waitForFunction(
    async () => {
      const name = (await caches.keys()).find((k) => k.startsWith("proof-assets-"));
      if (!name) return false;
      const cache = await caches.open(name);
      return (
        !!(await cache.match("/tfjs/tfjs-backend-wasm-simd.wasm")) &&
        !!(await cache.match("/tfjs/tfjs-backend-wasm.wasm"))
      );
    },
    null,
    { timeout: 60_000, polling: 500 },
  );
  await context.setOffline(true);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  // Offline, 1.3 MB of TensorFlow.js and its Wasm are read from the cache and compiled: slow on shared CPUs.
  await expect(page.getByTestId("backend")).toHaveText(/Backend: WebAssembly/, { timeout: 30_000 });
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
  // Reloaded offline, the page itself comes back from the device too.
  await page.reload();
  await expect(page.getByRole("heading", { name: "The claim" })).toBeVisible();
});

test("installable: the manifest and its icons are served signed out, and the worker controls the whole app @phone-only", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const res = await request.get(href!, { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await res.json()) as {
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.start_url).toBe("/study");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons.filter((i) => i.src.endsWith(".png"))) {
    const png = await request.get(icon.src, { maxRedirects: 0 });
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  }
  // The worker script is never behind the sign-in redirect (that would fail its registration).
  const sw = await request.get("/sw.js", { maxRedirects: 0 });
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toContain("javascript");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
});

test("a new version takes over: the page offers a reload instead of reloading mid-review, and the reload brings the new version @phone-only", async ({
  page,
}) => {
  await signUp(page, newAccount("student"));
  await page.goto("/study/review");
  await expect(cardTitle(page)).toBeVisible();
  await waitOfflineReady(page);
  // The worker claims the page while it is still "activating" (its activate step fetches the
  // shell again): wait until it is done, so the reload is answered by a settled worker.
  await expect.poll(() => workerStates(page), { timeout: 30_000 }).toMatchObject({ active: "activated" });
  await page.reload(); // now controlled from the start, as on every visit after the first
  await expect(cardTitle(page)).toBeVisible();
  await expect.poll(() => workerStates(page), { timeout: 30_000 }).toMatchObject({ controlled: true });
  const prompt = page.getByRole("status").filter({ hasText: "A new version of ParamLab is ready." });
  await expect(prompt).toBeHidden();

  // A deploy, as the browser sees it: the same scope gets a new worker script, which installs
  // (its precache finds every entry already cached: that install once hung on a plugin's throw),
  // skips waiting and claims this page. The learner's card stays where it was until they choose.
  const title = await cardTitle(page).textContent();
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    return navigator.serviceWorker.register("/sw.js?v=next", { scope: "/", updateViaCache: "none" });
  });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(cardTitle(page)).toHaveText(title!);
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

  await prompt.getByRole("button", { name: "Reload" }).tap();
  await expect(cardTitle(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBeUndefined();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain("/sw.js?v=next");
  await expect(prompt).toBeHidden();
});
