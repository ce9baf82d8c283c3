import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support";

// TensorFlow.js identifies itself in its bundle by these kernel/backend class names.
const TFJS_MARKERS = /MathBackendCPU|BackendWasm|Conv2DBackpropFilter/;

async function openCardProof(page: Page, cardTitle: string) {
  await page.goto("/decks/parameter-efficiency");
  const card = page.getByRole("listitem").filter({ hasText: cardTitle });
  await card.locator("summary").click();
  await card.getByRole("link", { name: "See the proof →" }).click();
}

test("a student opens a proof from its card, runs it, watches the charts fill, and gets a verdict that is saved", async ({
  page,
}, info) => {
  await signIn(page, DEMO.student.email, DEMO.student.password);
  await openCardProof(page, "Fact 1 · Memory and speed");
  await expect(page).toHaveURL(/\/experiments\/memory-speed\?card=pe-fact-memory-speed/);
  await expect(page.getByRole("heading", { name: "The claim" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Back to the card: Fact 1 · Memory and speed/ })).toHaveAttribute(
    "href",
    "/decks/parameter-efficiency#pe-fact-memory-speed",
  );
  // Parameter counts are on the page before anything runs.
  await expect(page.getByTestId("variant-teacher-large").getByTestId("param-count")).toHaveText("18,946");

  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("backend")).toHaveText(/Backend: (WebGL|WebAssembly|CPU)/);
  const charts = page.getByTestId("charts-teacher");
  await expect(charts).toHaveAttribute("data-points", /^[1-9]/);
  const early = Number(await charts.getAttribute("data-points"));
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 90_000 });
  expect(Number(await charts.getAttribute("data-points"))).toBeGreaterThan(early);
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", /supported|not_supported|it_depends/);
  await expect(page.getByRole("heading", { name: "Verdict" })).toBeVisible();
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-backend", /webgl|wasm|cpu/);
  // Final numbers: one card per model on phones, a table on wide screens.
  const results =
    info.project.name === "phone"
      ? page.getByRole("list", { name: "Final results: 16-D rule" })
      : page.getByRole("table", { name: "Final results: 16-D rule" });
  await expect(results).toBeVisible();
  await expect(results).toContainText("18,946");
  await expect(page.getByTestId("record-status")).toHaveText("Saved to your account.");

  await page.goto("/experiments");
  const item = page.getByRole("listitem").filter({ hasText: "Fewer parameters: less memory, faster steps" });
  await expect(item).toContainText(/You ran it \d+×/);
});

test("Stop ends a run at once: no verdict, and Run works again @phone-only", async ({ page }) => {
  await page.goto("/experiments/capacity-sweep?epochs=200");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("charts-checkerboard")).toHaveAttribute("data-points", /^[1-9]/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stopped after" })).toBeVisible();
  const points = await page.getByTestId("charts-checkerboard").getAttribute("data-points");
  await page.waitForTimeout(1500);
  await expect(page.getByTestId("charts-checkerboard")).toHaveAttribute("data-points", points!); // the worker is gone
  await expect(page.getByTestId("verdict")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Run again" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Stop", exact: true })).toBeDisabled();
});

test("a shared link carries the seed and settings; signed out, the page invites signing in to keep runs @desktop-only", async ({
  page,
}) => {
  await page.goto("/experiments/generalization-gap?seed=7&epochs=5&train=40&backend=cpu");
  await expect(page.getByText("seed 7 · epochs 5 · training points 40")).toBeVisible();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("backend")).toHaveText("Backend: CPU (JavaScript)");
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("link", { name: "Sign in to keep a record of your runs." })).toBeVisible();
  // A mangled value falls back to its default and says so.
  await page.goto("/experiments/generalization-gap?seed=banana");
  await expect(page.getByRole("alert").filter({ hasText: "Seed" })).toHaveText("Seed must be a number. Using 42.");
});

test("TensorFlow.js is loaded only by the experiment worker, never by other pages @desktop-only", async ({ page }) => {
  // Every script a document (or the worker) fetched, from the Resource Timing API, checked for TensorFlow.js code.
  const scriptsIn = (urls: string[]) =>
    Promise.all(
      urls
        .filter((u) => u.endsWith(".js"))
        .map(async (u) => ({ url: u, tf: TFJS_MARKERS.test(await (await page.request.get(u)).text()) })),
    );
  const pageScripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));

  await signIn(page, DEMO.student.email, DEMO.student.password);
  await page.goto("/decks/parameter-efficiency");
  await page.waitForLoadState("networkidle");
  const deck = await scriptsIn(await pageScripts());
  expect(deck.length).toBeGreaterThan(3);
  expect(deck.filter((s) => s.tf)).toEqual([]);

  await page.goto("/experiments/memory-speed?epochs=40");
  await page.waitForLoadState("networkidle");
  expect((await scriptsIn(await pageScripts())).filter((s) => s.tf)).toEqual([]);

  const workerEvent = page.waitForEvent("worker");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const worker = await workerEvent;
  await expect(page.getByTestId("backend")).toBeVisible(); // TensorFlow.js is up inside the worker (which ends with the run)
  const inWorker = await scriptsIn(
    await worker.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name)),
  );
  expect(inWorker.filter((s) => s.tf).length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  // …and the page itself still has none: training ran in the worker.
  expect((await scriptsIn(await pageScripts())).filter((s) => s.tf)).toEqual([]);
});
