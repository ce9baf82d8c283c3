/** Messages between the experiment page and its worker. */
import type { RunEvent } from "@/lib/experiments/runner";
import type { BackendChoice, Settings } from "@/lib/experiments/types";

/** `quiet`: report only the backend and the verdict (the "Run 5 seeds" tally draws no charts). */
export type ToWorker = { type: "run"; slug: string; settings: Settings; backend: BackendChoice; quiet?: boolean };

export type FromWorker =
  RunEvent | { type: "backend"; name: string; notes: string[] } | { type: "error"; message: string };
