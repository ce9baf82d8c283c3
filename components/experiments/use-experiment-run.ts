"use client";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { FromWorker, ToWorker } from "@/lib/experiments/browser/protocol";
import type { BackendChoice, Settings } from "@/lib/experiments/types";
import { initialRunState, runReducer } from "@/lib/experiments/run-state";
import { useRecordRun } from "@/components/experiments/use-record-run";

/**
 * Runs an experiment in a Web Worker. TensorFlow.js is only ever loaded inside that
 * worker, so it never weighs on other pages; Stop terminates the worker outright.
 */
export function useExperimentRun(slug: string, settings: Settings, backend: BackendChoice, signedIn: boolean) {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const worker = useRef<Worker | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const record = useRecordRun(signedIn ? runId : null, slug, settings, state.output);

  const kill = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const start = useCallback(() => {
    kill();
    const w = new Worker(new URL("../../lib/experiments/browser/worker.ts", import.meta.url), {
      type: "module",
      name: `experiment-${slug}`,
    });
    worker.current = w;
    setRunId(crypto.randomUUID());
    dispatch({ type: "begin", at: performance.now() });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      dispatch({ type: "worker", event: e.data, at: performance.now() });
      if (e.data.type === "done" || e.data.type === "error") kill();
    };
    w.onerror = (e) => {
      dispatch({
        type: "worker",
        event: { type: "error", message: e.message || "The experiment worker failed to start." },
        at: performance.now(),
      });
      kill();
    };
    w.postMessage({ type: "run", slug, settings, backend } satisfies ToWorker);
  }, [slug, settings, backend]);

  const stop = useCallback(() => {
    kill();
    dispatch({ type: "stop", at: performance.now() });
  }, []);

  useEffect(() => kill, []); // leaving the page ends the run

  return { state, start, stop, record };
}
