/// <reference lib="webworker" />
/**
 * The experiment worker: TensorFlow.js trains here, off the page's main thread, and every
 * event streams back with postMessage. Stopping a run terminates this worker.
 */
import { getExperiment } from "@/lib/experiments/catalog";
import { runExperiment } from "@/lib/experiments/runner";
import { pickBackend } from "@/lib/experiments/browser/backend";
import type { FromWorker, ToWorker } from "@/lib/experiments/browser/protocol";

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

/** The device in a few words, for verdicts on timings ("Linux x86_64 · 8 threads"). */
function device(): string {
  const nav = self.navigator as Navigator & { userAgentData?: { platform?: string } };
  // userAgentData where the browser has it; else the platform part of the user agent, "(X11; Linux x86_64)"
  const platform = nav.userAgentData?.platform || /\(([^;)]+)/.exec(nav.userAgent)?.[1] || "unknown platform";
  return `${platform} · ${nav.hardwareConcurrency || "?"} threads`;
}

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  try {
    const def = getExperiment(e.data.slug);
    if (!def) throw new Error(`Unknown experiment “${e.data.slug}”.`);
    const backend = await pickBackend(e.data.backend);
    post({ type: "backend", name: backend.name, notes: backend.notes });
    const quiet = e.data.quiet === true;
    await runExperiment(def, e.data.settings, {
      onEvent: quiet ? (ev) => ev.type === "done" && post(ev) : post,
      yieldNow: breathe,
      device: device(),
      boundaries: !quiet,
    });
  } catch (err) {
    post({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
