"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FromWorker, ToWorker } from "@/lib/experiments/browser/protocol";
import { randomSeeds } from "@/lib/experiments/robustness/seeds";
import type { SeededReport } from "@/lib/experiments/robustness/tally";
import type { BackendChoice, Settings } from "@/lib/experiments/types";

export type SeedTallyState = {
  status: "idle" | "running" | "done" | "stopped" | "error";
  seeds: number[];
  runs: SeededReport[];
  backend: string | null;
  error: string | null;
};

const idle: SeedTallyState = { status: "idle", seeds: [], runs: [], backend: null, error: null };

/**
 * Runs the experiment once per seed, one seed after another, in one Web Worker that reports
 * only each run's verdict (no live charts). Stop terminates the worker; leaving the page too.
 */
export function useSeedTally(slug: string, settings: Settings, backend: BackendChoice) {
  const [state, setState] = useState<SeedTallyState>(idle);
  const worker = useRef<Worker | null>(null);

  const kill = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const start = useCallback(
    (count: number) => {
      kill();
      const seeds = randomSeeds(count, settings.seed);
      const w = new Worker(new URL("../../lib/experiments/browser/worker.ts", import.meta.url), {
        type: "module",
        name: `seeds-${slug}`,
      });
      worker.current = w;
      setState({ ...idle, status: "running", seeds });
      const run = (i: number) =>
        w.postMessage({
          type: "run",
          slug,
          settings: { ...settings, seed: seeds[i] },
          backend,
          quiet: true,
        } satisfies ToWorker);
      let i = 0;
      w.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === "backend") setState((s) => ({ ...s, backend: m.name }));
        else if (m.type === "error") {
          setState((s) => ({ ...s, status: "error", error: m.message }));
          kill();
        } else if (m.type === "done") {
          const seed = seeds[i];
          i++;
          setState((s) => ({
            ...s,
            runs: [...s.runs, { seed, report: m.verdict }],
            status: i < seeds.length ? "running" : "done",
          }));
          if (i < seeds.length) run(i);
          else kill();
        }
      };
      w.onerror = (e) => {
        setState((s) => ({ ...s, status: "error", error: e.message || "The experiment worker failed to start." }));
        kill();
      };
      run(0);
    },
    [slug, settings, backend],
  );

  const stop = useCallback(() => {
    kill();
    setState((s) => (s.status === "running" ? { ...s, status: "stopped" } : s));
  }, []);

  useEffect(() => kill, []);

  return { state, start, stop };
}
