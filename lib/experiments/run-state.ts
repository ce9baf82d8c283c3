/**
 * The page's view of a run, rebuilt from the worker's events by a pure reducer (so the
 * live view and the final view come from the same numbers). Pure: the page's hook
 * (components/experiments/use-experiment-run.ts) feeds it, and the unit tests drive it.
 */
import type { FromWorker } from "@/lib/experiments/browser/protocol";
import type { RunOutput } from "@/lib/experiments/runner";
import type { EpochMetrics, VariantResult } from "@/lib/experiments/types";

export type RunStatus = "idle" | "starting" | "running" | "done" | "stopped" | "error";

export type Points = { x: number[]; y: number[]; label: number[] };

export type RunState = {
  status: RunStatus;
  backend: string | null;
  notes: string[];
  current: { taskId: string; variantId: string; epoch: number } | null;
  history: Record<string, EpochMetrics[]>;
  /** Keyed by keyOf(task, variant); a variant has none until its first boundary event. */
  boundaries: Partial<Record<string, { epoch: number; grid: number[] }>>;
  points: Record<string, Points | null>;
  finished: VariantResult[];
  output: RunOutput | null;
  error: string | null;
  startedAt: number | null;
  endedAt: number | null;
};

export const keyOf = (taskId: string, variantId: string) => `${taskId}/${variantId}`;

export const initialRunState: RunState = {
  status: "idle",
  backend: null,
  notes: [],
  current: null,
  history: {},
  boundaries: {},
  points: {},
  finished: [],
  output: null,
  error: null,
  startedAt: null,
  endedAt: null,
};

export type RunAction =
  { type: "begin"; at: number } | { type: "stop"; at: number } | { type: "worker"; event: FromWorker; at: number };

export function runReducer(state: RunState, action: RunAction): RunState {
  if (action.type === "begin") return { ...initialRunState, status: "starting", startedAt: action.at };
  if (action.type === "stop")
    return state.status === "starting" || state.status === "running"
      ? { ...state, status: "stopped", current: null, endedAt: action.at }
      : state;
  if (state.status !== "starting" && state.status !== "running") return state; // late events after Stop are ignored
  const e = action.event;
  switch (e.type) {
    case "backend":
      return { ...state, backend: e.name, notes: e.notes, status: "running" };
    case "start":
      return { ...state, backend: e.backend, status: "running" };
    case "task":
      return { ...state, points: { ...state.points, [e.taskId]: e.points } };
    case "epoch": {
      const k = keyOf(e.taskId, e.variantId);
      return {
        ...state,
        current: { taskId: e.taskId, variantId: e.variantId, epoch: e.metrics.epoch },
        history: { ...state.history, [k]: [...(state.history[k] ?? []), e.metrics] },
      };
    }
    case "boundary":
      return {
        ...state,
        boundaries: { ...state.boundaries, [keyOf(e.taskId, e.variantId)]: { epoch: e.epoch, grid: e.grid } },
      };
    case "variant": // sent again once a task's timings are measured: replace, do not add
      return {
        ...state,
        finished: [
          ...state.finished.filter((r) => keyOf(r.taskId, r.variantId) !== keyOf(e.result.taskId, e.result.variantId)),
          e.result,
        ],
      };
    case "done":
      return {
        ...state,
        status: "done",
        current: null,
        output: { results: e.results, verdict: e.verdict, durationMs: e.durationMs, backend: e.backend },
        endedAt: action.at,
      };
    case "error":
      return { ...state, status: "error", current: null, error: e.message, endedAt: action.at };
  }
}
