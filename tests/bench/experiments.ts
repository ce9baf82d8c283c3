// `npm run bench:experiments`: wall time of every experiment's default run in headless
// Chromium, with the Wasm and the CPU backend, next to the same models trained by a bare
// tfjs script (model.fit, no runner: no per-epoch evaluation, boundaries, timing or
// quantization), so the runner's overhead shows as a ratio. Prints a table; asserts nothing.
// Uses a server on BENCH_PORT (default 3102) or starts one with scripts/e2e-server.mjs.
import { chromium, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { makeDataset } from "@/lib/experiments/datasets";
import { defaultSettings } from "@/lib/experiments/settings";
import { registerWasmConvGrad } from "@/lib/experiments/wasm-conv-grad";
import { bareTrain, type BareJob } from "./experiments-bare";

const port = process.env.BENCH_PORT ?? "3102";
const base = `http://127.0.0.1:${port}`;
const BACKENDS = (process.env.BENCH_BACKENDS ?? "wasm,cpu").split(",") as ("wasm" | "cpu")[];
const only = process.env.BENCH_ONLY?.split(",");

async function up() {
  return fetch(`${base}/api/health`)
    .then((r) => r.ok)
    .catch(() => false);
}

async function ensureServer(): Promise<ChildProcess | null> {
  if (await up()) return null;
  console.log(`Starting the app on ${base} (build included)…`);
  const child = spawn("node", ["scripts/e2e-server.mjs"], {
    env: { ...process.env, E2E_PORT: port },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 600 && !(await up()); i++) await new Promise((r) => setTimeout(r, 1000));
  if (!(await up())) throw new Error("The app did not start.");
  return child;
}

async function runnerTime(page: Page, slug: string, backend: string) {
  await page.goto(`${base}/experiments/${slug}?backend=${backend}`);
  const t0 = Date.now();
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByTestId("verdict").waitFor({ timeout: 15 * 60_000 });
  const wall = Date.now() - t0;
  const summary = page.getByTestId("run-summary");
  return {
    wall,
    inWorker: Number(await summary.getAttribute("data-duration-ms")),
    backend: await summary.getAttribute("data-backend"),
    verdict: await page.getByTestId("verdict").getAttribute("data-verdict"),
  };
}

async function bareTime(page: Page, jobs: BareJob[], backend: string) {
  await page.route(`${base}/__bare`, (r) =>
    r.fulfill({ contentType: "text/html", body: "<!doctype html><title>bare tfjs</title>" }),
  );
  await page.goto(`${base}/__bare`);
  await page.addScriptTag({ content: "window.__name = (f) => f;" }); // tsx's name helper, for functions sent to the page
  await page.addScriptTag({ path: "node_modules/@tensorflow/tfjs/dist/tf.min.js" });
  await page.addScriptTag({ path: "node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js" });
  await page.addScriptTag({
    content: `(${registerWasmConvGrad.toString()})(window.tf); window.tf.wasm.setWasmPaths("/tfjs/");`,
  });
  return page.evaluate(bareTrain, { jobs, backend });
}

function jobsOf(slug: string): BareJob[] {
  const def = EXPERIMENTS.find((e) => e.slug === slug)!;
  return def.tasks(defaultSettings(def)).flatMap((t) => {
    const d = makeDataset(t.data);
    return t.variants.map((v) => ({
      model: v.model,
      budget: t.budget,
      x: Array.from(d.train.x),
      y: Array.from(d.train.y),
      n: d.train.n,
    }));
  });
}

async function main() {
  const server = await ensureServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const rows: string[][] = [];
  try {
    for (const def of EXPERIMENTS.filter((e) => !only || only.includes(e.slug))) {
      for (const backend of BACKENDS) {
        const page = await browser.newPage();
        const r = await runnerTime(page, def.slug, backend);
        await page.close();
        const bare = await browser.newPage();
        const b = await bareTime(bare, jobsOf(def.slug), backend);
        await bare.close();
        rows.push([
          def.slug,
          backend,
          r.backend ?? "?",
          (r.wall / 1000).toFixed(1),
          (r.inWorker / 1000).toFixed(1),
          (b.ms / 1000).toFixed(1),
          `${(r.inWorker / b.ms).toFixed(2)}×`,
          r.verdict ?? "?",
        ]);
        console.log(rows[rows.length - 1].join("  "));
      }
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
  const head = [
    "experiment",
    "asked",
    "ran on",
    "click→verdict s",
    "runner s",
    "bare tfjs s",
    "runner/bare",
    "verdict",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${line(head)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |\n${rows.map(line).join("\n")}`);
  console.log(
    "\nrunner = the run inside the worker (data, training, per-epoch evaluation, boundaries, timing, quantization); bare = model.fit on the same models, data and budgets.",
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
