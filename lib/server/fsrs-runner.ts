import "server-only";
import { hostname } from "node:os";
import { runClassCalibration, runClassFit } from "@/lib/server/fsrs-class-jobs";
import { claimNextJob, finishJob, type Job } from "@/lib/server/fsrs-jobs";
import { runLearnerFit } from "@/lib/server/fsrs-learner-fit";
import { enqueueDueFits } from "@/lib/server/fsrs-triggers";
import { drainScores } from "@/lib/server/lti/score-queue";

/**
 * Runs the FSRS jobs in the background of a server process (started from instrumentation.ts)
 * or from `npm run fsrs:fit`. Each process claims jobs from the shared table, one at a time,
 * so several processes share the work and never repeat it.
 */
export type JobOutcome = { id: string; kind: string; targetId: string; ms: number; result?: unknown; error?: string };

const POLL_MS = Math.max(500, Number(process.env.FSRS_RUNNER_POLL_MS) || 5_000);
const SCAN_MS = Math.max(1_000, Number(process.env.FSRS_RUNNER_SCAN_MS) || 10 * 60_000);

export function runJob(job: Job): Promise<unknown> {
  switch (job.kind) {
    case "learner-fit":
      return runLearnerFit(job.targetId);
    case "class-fit":
      return runClassFit(job.targetId);
    case "class-calibration":
      return runClassCalibration(job.targetId);
    default:
      return Promise.reject(new Error(`unknown job kind ${job.kind}`));
  }
}

/** Claims and runs queued jobs until none is left (or `max` ran). */
export async function drainJobs(worker = `${hostname()}:${process.pid}`, max = Infinity): Promise<JobOutcome[]> {
  const done: JobOutcome[] = [];
  while (done.length < max) {
    const job = await claimNextJob(worker);
    if (!job) break;
    const t = Date.now();
    try {
      const result = await runJob(job);
      await finishJob(job, worker);
      done.push({ id: job.id, kind: job.kind, targetId: job.targetId, ms: Date.now() - t, result });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      console.error(`[fsrs] ${job.kind} ${job.targetId} failed:`, e);
      await finishJob(job, worker, error);
      done.push({ id: job.id, kind: job.kind, targetId: job.targetId, ms: Date.now() - t, error });
    }
  }
  return done;
}

type RunnerState = { timer: NodeJS.Timeout; busy: boolean; lastScan: number };
const g = globalThis as unknown as { fsrsRunner?: RunnerState };

export function startFsrsRunner() {
  if (g.fsrsRunner) return;
  // fsrs-rs trains on a rayon pool; one thread leaves the other core to the requests.
  process.env.RAYON_NUM_THREADS ??= "1";
  const state: RunnerState = { timer: setInterval(() => void tick(), POLL_MS), busy: false, lastScan: 0 };
  state.timer.unref();
  g.fsrsRunner = state;
  const tick = async () => {
    if (state.busy) return;
    state.busy = true;
    try {
      if (Date.now() - state.lastScan >= SCAN_MS) {
        state.lastScan = Date.now();
        await enqueueDueFits();
      }
      for (const o of await drainJobs(undefined, 5))
        console.info(`[fsrs] ${o.kind} ${o.targetId} ${o.error ? "failed" : "done"} in ${o.ms} ms`);
      // The same background tick sends queued LMS grades (lib/server/lti/score-queue.ts).
      for (const o of await drainScores()) if (o.error) console.warn(`[lti] score ${o.id} ${o.status}: ${o.error}`);
    } catch (e) {
      console.error("[fsrs] runner tick failed:", e);
    } finally {
      state.busy = false;
    }
  };
}
