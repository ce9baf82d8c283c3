// One worker process of `npm run proofs:robustness`: sets up TensorFlow.js once, then runs
// the (experiment, seed) jobs its parent sends, one at a time, and sends back each verdict.
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { cpus } from "node:os";
import { getExperiment } from "@/lib/experiments/catalog";
import { runExperiment } from "@/lib/experiments/runner";
import { defaultSettings } from "@/lib/experiments/settings";
import { registerWasmConvGrad } from "@/lib/experiments/wasm-conv-grad";
import type { VerdictReport } from "@/lib/experiments/types";

export type Job = { slug: string; seed: number };
export type JobResult =
  | { type: "ready"; backend: string; device: string }
  | { type: "done"; slug: string; seed: number; report: VerdictReport; durationMs: number }
  | { type: "failed"; slug: string; seed: number; message: string };

const send = (m: JobResult) => process.send!(m);
const device = `Node ${process.version} · ${cpus()[0]?.model.trim() ?? "unknown CPU"} · ${cpus().length} threads`;

async function main() {
  tf.env().set("PROD", true);
  registerWasmConvGrad(tf);
  const backend = process.env.PROOFS_BACKEND ?? "wasm";
  if (!(await tf.setBackend(backend))) throw new Error(`The ${backend} backend did not start.`);
  await tf.ready();
  const run = async ({ slug, seed }: Job) => {
    try {
      const def = getExperiment(slug);
      if (!def) throw new Error(`Unknown experiment ${slug}.`);
      const out = await runExperiment(def, { ...defaultSettings(def), seed }, { device, boundaries: false });
      send({ type: "done", slug, seed, report: out.verdict, durationMs: out.durationMs });
    } catch (e) {
      send({ type: "failed", slug, seed, message: e instanceof Error ? e.message : String(e) });
    }
  };
  process.on("message", (job: Job) => void run(job));
  send({ type: "ready", backend: tf.getBackend(), device });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
