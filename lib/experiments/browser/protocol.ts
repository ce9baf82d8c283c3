/** Messages between the experiment page and its worker. */
import type { RunEvent } from "@/lib/experiments/runner";
import type { BackendChoice, Settings } from "@/lib/experiments/types";

export type ToWorker = { type: "run"; slug: string; settings: Settings; backend: BackendChoice };

export type FromWorker =
  RunEvent | { type: "backend"; name: string; notes: string[] } | { type: "error"; message: string };
