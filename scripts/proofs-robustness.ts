// npm run proofs:robustness [-- --seeds 20 --workers 2 --only frontier,methods --backend wasm]
//
// Runs every experiment at its default settings over seeds 1..N in worker processes
// (TensorFlow.js in Node, Wasm backend by default: what most browsers use) and writes
// lib/experiments/robustness/<slug>.json: the verdict counts, the spread of the numbers
// behind each claim, and the definition's hash. Prints a table and the wall time.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as prettier from "prettier";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { defaultSettings } from "@/lib/experiments/settings";
import { definitionHash } from "@/lib/experiments/robustness/def-hash";
import { countsText } from "@/lib/experiments/robustness/describe";
import type { RobustnessSummary } from "@/lib/experiments/robustness/summary";
import { tally, type SeededReport } from "@/lib/experiments/robustness/tally";
import { median } from "@/lib/stats";
import type { Job, JobResult } from "./proofs-robustness-worker";

export const SUMMARY_DIR = "lib/experiments/robustness";

const { values: args } = parseArgs({
  options: {
    seeds: { type: "string", default: "20" },
    workers: { type: "string", default: "2" },
    only: { type: "string" },
    backend: { type: "string", default: "wasm" },
  },
});
const N = Number(args.seeds);
const WORKERS = Math.max(1, Number(args.workers));
if (!Number.isInteger(N) || N < 1) throw new Error("--seeds must be a positive whole number.");
const only = args.only?.split(",").map((s) => s.trim());
const defs = only ? EXPERIMENTS.filter((d) => only.includes(d.slug)) : EXPERIMENTS;
if (only && defs.length !== only.length) throw new Error(`Unknown experiment in --only: ${only.join(", ")}`);
if (!["wasm", "cpu"].includes(args.backend)) throw new Error("--backend must be wasm or cpu.");

const seedList = Array.from({ length: N }, (_, i) => i + 1);
// Experiment by experiment, so each summary is written as soon as its seeds are done.
const queue: Job[] = defs.flatMap((d) => seedList.map((seed) => ({ slug: d.slug, seed })));
const total = queue.length;
const done = new Map<string, (SeededReport & { durationMs: number })[]>();
let env = { backend: args.backend, device: "" };
const t0 = performance.now();
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function writeSummary(slug: string) {
  const def = EXPERIMENTS.find((d) => d.slug === slug)!;
  const runs = done.get(slug)!.sort((a, b) => a.seed - b.seed);
  const { seed: _seed, ...settings } = defaultSettings(def);
  const { hash, files, tfjs } = definitionHash(slug);
  const durations = runs.map((r) => r.durationMs / 1000);
  const summary: RobustnessSummary = {
    slug,
    hash,
    hashedFiles: files,
    tfjs,
    seeds: runs.map((r) => r.seed),
    settings,
    backend: env.backend,
    device: env.device,
    date: new Date().toISOString().slice(0, 10),
    runSeconds: {
      median: Math.round(median(durations)! * 10) / 10,
      total: Math.round(durations.reduce((a, b) => a + b, 0)),
    },
    ...tally(runs),
  };
  const file = join(SUMMARY_DIR, `${slug}.json`);
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(summary), { ...options, filepath: file }));
  console.log(`  wrote ${file}: ${countsText(summary.overall, summary.n)}`);
}

function startWorker(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(join(process.cwd(), "scripts", "proofs-robustness-worker.ts"), [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, PROOFS_BACKEND: args.backend },
    });
    const next = () => {
      const job = queue.shift();
      if (job) child.send(job);
      else child.disconnect();
    };
    const onMessage = async (m: JobResult) => {
      if (m.type === "ready") {
        env = { backend: m.backend, device: m.device };
        next();
        return;
      }
      if (m.type === "failed") {
        child.kill();
        reject(new Error(`${m.slug} seed ${m.seed} failed: ${m.message}`));
        return;
      }
      const list = done.get(m.slug) ?? [];
      list.push({ seed: m.seed, report: m.report, durationMs: m.durationMs });
      done.set(m.slug, list);
      const finished = [...done.values()].reduce((s, l) => s + l.length, 0);
      console.log(
        `[${finished}/${total}] ${m.slug} seed ${m.seed}: ${m.report.verdict} (${secs(m.durationMs)}) · ${secs(performance.now() - t0)} so far`,
      );
      if (list.length === N) await writeSummary(m.slug);
      next();
    };
    child.on("message", (m: JobResult) => void onMessage(m).catch(reject));
    child.on("exit", (code) =>
      code === 0 || code === null ? resolve() : reject(new Error(`A worker exited with ${code}.`)),
    );
  });
}

async function main() {
  console.log(`${defs.length} experiment(s) × ${N} seeds on ${args.backend}, ${WORKERS} worker process(es)…`);
  await Promise.all(Array.from({ length: Math.min(WORKERS, total) }, startWorker));
  const wall = performance.now() - t0;

  console.log(`\n| experiment | overall | claims |\n| --- | --- | --- |`);
  for (const d of defs) {
    const t = tally(done.get(d.slug)!);
    console.log(
      `| ${d.slug} | ${countsText(t.overall, t.n)} | ${t.claims.map((c) => `${c.id}: ${countsText(c.counts, t.n)}`).join("<br>")} |`,
    );
  }
  console.log(`\n${total} runs on ${env.backend} (${env.device}) with ${WORKERS} worker(s): wall time ${secs(wall)}.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
