"use client";
import { useEffect, useState } from "react";
import type { RunOutput } from "@/lib/experiments/runner";
import type { Settings } from "@/lib/experiments/types";

export type RecordStatus = { state: "off" | "saving" | "saved" | "failed"; message?: string };

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Saves a finished run for a signed-in learner. The id is made when the run starts, so
 * retrying after a network error can never store it twice.
 */
export function useRecordRun(runId: string | null, slug: string, settings: Settings, output: RunOutput | null): RecordStatus {
  const [status, setStatus] = useState<RecordStatus>({ state: "off" });
  useEffect(() => {
    if (!runId || !output) {
      setStatus({ state: "off" });
      return;
    }
    let cancelled = false;
    setStatus({ state: "saving" });
    const body = JSON.stringify({ id: runId, slug, settings, backend: output.backend, results: output.results, verdict: output.verdict.verdict, durationMs: output.durationMs });
    (async () => {
      for (let attempt = 0; attempt < 3 && !cancelled; attempt++) {
        try {
          const res = await fetch("/api/experiment-runs", { method: "POST", headers: { "content-type": "application/json" }, body });
          if (res.ok) return !cancelled && setStatus({ state: "saved" });
          if (res.status < 500) {
            const j = (await res.json().catch(() => ({}))) as { error?: string };
            return !cancelled && setStatus({ state: "failed", message: j.error ?? `The server refused the run (${res.status}).` });
          }
        } catch {
          // offline or a dropped connection: try again with the same id
        }
        await wait(800 * 2 ** attempt);
      }
      if (!cancelled) setStatus({ state: "failed", message: "Could not reach the server to save this run." });
    })();
    return () => {
      cancelled = true;
    };
  }, [runId, slug, settings, output]);
  return status;
}
