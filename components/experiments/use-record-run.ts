"use client";
import { useEffect, useState } from "react";
import type { RunOutput } from "@/lib/experiments/runner";
import type { Settings } from "@/lib/experiments/types";

export type RecordStatus = { state: "off" | "saving" | "saved" | "failed"; message?: string };

const off: RecordStatus = { state: "off" };
const saving: RecordStatus = { state: "saving" };

const attempts = 3;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Saves a finished run for a signed-in learner. The id is made when the run starts, so
 * retrying after a network error can never store it twice. Only the outcome is state,
 * tagged with its run id: "off" and "saving" follow from the arguments, so a new run
 * never shows the previous run's outcome.
 */
export function useRecordRun(
  runId: string | null,
  slug: string,
  settings: Settings,
  output: RunOutput | null,
): RecordStatus {
  const [outcome, setOutcome] = useState<{ runId: string; status: RecordStatus } | null>(null);
  useEffect(() => {
    if (!runId || !output) return;
    const abandoned = new AbortController(); // aborted on cleanup: stop retrying, report nothing
    const settle = (status: RecordStatus) => {
      if (!abandoned.signal.aborted) setOutcome({ runId, status });
    };
    const body = JSON.stringify({
      id: runId,
      slug,
      settings,
      backend: output.backend,
      results: output.results,
      verdict: output.verdict.verdict,
      durationMs: output.durationMs,
    });
    void (async () => {
      for (let attempt = 0; attempt < attempts && !abandoned.signal.aborted; attempt++) {
        try {
          const res = await fetch("/api/experiment-runs", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
          if (res.ok) {
            settle({ state: "saved" });
            return;
          }
          if (res.status < 500) {
            const j = (await res.json().catch(() => ({}))) as { error?: string };
            settle({ state: "failed", message: j.error ?? `The server refused the run (${res.status}).` });
            return;
          }
        } catch {
          // offline or a dropped connection: try again with the same id
        }
        if (attempt < attempts - 1) await wait(800 * 2 ** attempt);
      }
      settle({ state: "failed", message: "Could not reach the server to save this run." });
    })();
    return () => abandoned.abort();
  }, [runId, slug, settings, output]);
  if (!runId || !output) return off;
  return outcome?.runId === runId ? outcome.status : saving;
}
