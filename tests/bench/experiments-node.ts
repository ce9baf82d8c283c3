// Runs experiments in Node on the tfjs cpu backend and prints each verdict and time.
// A developer's tool for tuning budgets: `npx tsx tests/bench/experiments-node.ts [slug] [key=value ...]`.
import * as tf from "@tensorflow/tfjs";
import { EXPERIMENTS, getExperiment } from "@/lib/experiments/catalog";
import { defaultSettings } from "@/lib/experiments/settings";
import { runExperiment } from "@/lib/experiments/runner";
import { formatPct } from "@/lib/experiments/format";

async function main() {
  await tf.setBackend("cpu");
  const [slug, ...kv] = process.argv.slice(2);
  const defs = slug && slug !== "all" ? [getExperiment(slug)!] : EXPERIMENTS;
  for (const def of defs) {
    const settings = {
      ...defaultSettings(def),
      ...Object.fromEntries(kv.map((p) => p.split("=")).map(([k, v]) => [k, Number(v)])),
    };
    const out = await runExperiment(def, settings);
    console.log(
      `\n## ${def.slug} — ${out.verdict.verdict} in ${(out.durationMs / 1000).toFixed(1)} s (${JSON.stringify(settings)})`,
    );
    console.log(out.verdict.headline);
    for (const v of out.results.variants) {
      const l = v.history[v.history.length - 1];
      console.log(
        `  ${v.taskId}/${v.variantId}: ${v.params} params, train ${formatPct(l.trainAcc)} test ${formatPct(l.testAcc)} loss ${l.trainLoss.toFixed(3)}, ${v.msPerEpoch.toFixed(0)} ms/epoch` +
          (v.inferUs ? `, ${v.inferUs.toFixed(1)} µs/ex` : "") +
          (v.quant ? `, f16 ${formatPct(v.quant.float16.testAcc)} int8 ${formatPct(v.quant.int8.testAcc)}` : ""),
      );
      if (process.env.CURVE) console.log("    acc:", v.history.map((h) => (h.trainAcc * 100).toFixed(0)).join(" "));
    }
    for (const c of out.verdict.claims)
      console.log(
        `  [${c.verdict}] ${c.claim}: ${c.because} ${c.numbers.map((n) => `${n.label}=${n.value}`).join("; ")}`,
      );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
