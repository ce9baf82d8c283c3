// `npm run bench:first-load`: first-load JavaScript (gzip) of the pages a student opens on a
// phone most: /study/review, the quiz list and a quiz attempt, against a production build.
// Every script a fresh tab loads until the network is quiet, gzipped and summed (the same
// measure as bench:review). Env: BENCH_PORT (3112), SKIP_BUILD=1 to reuse .next, CHROMIUM_PATH.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { bin, buildApp, prepareDatabase } from "../../scripts/lib.mjs";

const port = process.env.BENCH_PORT || "3112";
const base = `http://127.0.0.1:${port}`;
const dbFile = "data/bench-first-load.db";

for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + s, { force: true });
const env = await prepareDatabase({ demo: false, env: { ...process.env, DATABASE_URL: `file:./${dbFile}` } });
const serveEnv = {
  ...env,
  AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);

const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", port], {
  env: serveEnv,
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on ${base} did not start`);
}

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Bench Student");
  await page.getByLabel("Email").fill(`bench-${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("bench-pass-42");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/study$/);

  // A practice-quiz attempt to measure (its page, then its result once submitted).
  await page.goto("/quizzes");
  await page.getByRole("link", { name: /Practice quiz/ }).click();
  await page.getByRole("button", { name: /Start the quiz/ }).click();
  await page.waitForURL(/\/quizzes\/attempt\/[a-z0-9]+$/);
  const attempt = new URL(page.url()).pathname;

  async function firstLoadJs(path) {
    const scripts = new Map();
    const tab = await context.newPage();
    tab.on("response", (res) => {
      if (res.request().resourceType() !== "script") return;
      scripts.set(
        res.url(),
        res
          .body()
          .then((b) => gzipSync(b).length)
          .catch(() => 0),
      );
    });
    await tab.goto(path, { waitUntil: "networkidle" });
    const sizes = await Promise.all(scripts.values());
    await tab.close();
    return sizes.reduce((n, s) => n + s, 0) / 1024;
  }
  const rows = [
    ["/study/review", await firstLoadJs("/study/review")],
    ["/quizzes", await firstLoadJs("/quizzes")],
    ["/quizzes/attempt/[id]", await firstLoadJs(attempt)],
  ];
  for (const [path, kb] of rows) console.log(`${path.padEnd(28)} ${kb.toFixed(1)} kB gzip`);
} finally {
  await browser?.close();
  stop();
}
