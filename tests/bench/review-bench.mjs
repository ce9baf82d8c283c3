// `npm run bench:review`: how the review screen feels, measured in headless Chromium
// against a production build.
//   1. first-load JavaScript of /study/review: every script the page loads, gzipped, summed;
//   2. grade tap → next card painted, over 50 grades (median and p95), read from the
//      "review:grade-to-paint" performance measures the page records (components/review/paint-timer.ts).
// A fresh database (data/bench.db) and a new student are used; grading "Again" keeps every
// card coming back (a 1-minute learning step is due today), so 50 grades need only 9 cards.
// Env: BENCH_PORT (3111), SKIP_BUILD=1 to reuse .next, GRADES (50), CHROMIUM_PATH.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { bin, buildApp, prepareDatabase } from "../../scripts/lib.mjs";

const port = process.env.BENCH_PORT || "3111";
const base = `http://127.0.0.1:${port}`;
const grades = Number(process.env.GRADES || 50);
const dbFile = "data/bench.db";

for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + s, { force: true });
const env = await prepareDatabase({ demo: false, env: { ...process.env, DATABASE_URL: `file:./${dbFile}` } });
const serveEnv = {
  ...env,
  AUTH_SECRET: "bench-secret-0123456789abcdef0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);

const server = spawn(bin("next"), ["start", "-p", port], { env: serveEnv, stdio: ["ignore", "ignore", "inherit"] });
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

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();

  // A new student, signed up through the real form.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Bench Student");
  await page.getByLabel("Email").fill(`bench-${Date.now()}@example.edu`);
  await page.getByLabel("Password").fill("bench-pass-42");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/study$/);

  // 1. First-load JS: a fresh tab, every script response until the network is quiet.
  // /account (the shared layout and little else) is measured too, to show the review page's own share.
  async function firstLoadJs(path) {
    const scripts = new Map();
    const tab = await context.newPage();
    tab.on("response", (res) => {
      if (res.request().resourceType() !== "script") return;
      scripts.set(
        res.url(),
        res
          .body()
          .then((b) => ({ url: res.url(), raw: b.length, gzip: gzipSync(b).length }))
          .catch(() => null),
      );
    });
    await tab.goto(path, { waitUntil: "networkidle" });
    const sizes = (await Promise.all(scripts.values())).filter(Boolean);
    await tab.close();
    return {
      sizes,
      gzipKb: sizes.reduce((n, s) => n + s.gzip, 0) / 1024,
      rawKb: sizes.reduce((n, s) => n + s.raw, 0) / 1024,
    };
  }
  const review = await firstLoadJs("/study/review");
  const baseline = await firstLoadJs("/account");
  const shared = new Set(baseline.sizes.map((s) => s.url));
  const ownKb = review.sizes.filter((s) => !shared.has(s.url)).reduce((n, s) => n + s.gzip, 0) / 1024;
  if (process.env.VERBOSE)
    for (const s of review.sizes)
      console.log(
        `  ${(s.gzip / 1024).toFixed(1).padStart(6)} kB  ${shared.has(s.url) ? "shared" : "review"}  ${s.url.replace(base, "")}`,
      );

  // 2. Grade tap → next card painted.
  await page.goto("/study/review");
  const show = page.getByRole("button", { name: "Show answer" });
  const again = page.getByRole("button", { name: /^Again/ });
  for (let i = 0; i < grades; i++) {
    await show.tap();
    await again.waitFor();
    await again.tap();
    await show.waitFor();
    await page.waitForTimeout(120); // let the background save finish, as a learner's reading time would
  }
  await page.waitForFunction((n) => performance.getEntriesByName("review:grade-to-paint").length >= n, grades);
  const times = await page.evaluate(() => performance.getEntriesByName("review:grade-to-paint").map((e) => e.duration));
  const own = await page.evaluate(() => performance.getEntriesByName("review:handler-to-paint").map((e) => e.duration));
  const median = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);

  console.log("\nReview screen benchmark (headless Chromium, production build, 390×844 touch)");
  console.log(
    `  first-load JS of /study/review: ${review.gzipKb.toFixed(1)} kB gzip (${review.rawKb.toFixed(1)} kB raw, ${review.sizes.length} scripts);`,
  );
  console.log(
    `    of which ${ownKb.toFixed(1)} kB gzip are not loaded by /account (${baseline.gzipKb.toFixed(1)} kB: framework + layout)`,
  );
  console.log(
    `  grade tap → next card painted over ${times.length} grades: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  console.log(
    `    of which the page's own part (handler → paint): median ${quantile(own, 0.5).toFixed(1)} ms, p95 ${quantile(own, 0.95).toFixed(1)} ms; the rest is the browser delivering the tap`,
  );
  console.log(
    JSON.stringify({
      firstLoadJsKbGzip: +review.gzipKb.toFixed(1),
      reviewOnlyKbGzip: +ownKb.toFixed(1),
      scripts: review.sizes.length,
      grades: times.length,
      medianMs: +median.toFixed(1),
      p95Ms: +p95.toFixed(1),
      handlerMedianMs: +quantile(own, 0.5).toFixed(1),
    }),
  );
} finally {
  await browser?.close();
  stop();
}
