import { Badge } from "@/components/ui/page";
import { formatMs } from "@/lib/experiments/format";
import type { RunState } from "@/lib/experiments/run-state";
import type { TaskSpec } from "@/lib/experiments/types";

const BACKEND_NAME: Record<string, string> = { webgl: "WebGL", wasm: "WebAssembly", cpu: "CPU (JavaScript)" };

/**
 * Which backend runs, how long it has been running, and where in the plan it is. A row of
 * its own under the buttons, wrapping rather than cutting the model's name off on a phone.
 * The clock ticks four times a second, so it is not a live region; screen readers hear only
 * when a new model starts (the sr-only line below).
 */
export function RunStatusLine({ state, tasks, elapsedMs }: { state: RunState; tasks: TaskSpec[]; elapsedMs: number }) {
  const total = tasks.reduce((s, t) => s + t.variants.length, 0);
  const cur = state.current;
  const task = cur ? tasks.find((t) => t.id === cur.taskId) : undefined;
  const variant = task?.variants.find((v) => v.id === cur?.variantId);
  const progress = total ? (state.finished.length + (cur && task ? cur.epoch / task.budget.epochs : 0)) / total : 0;
  const running = state.status === "starting" || state.status === "running";
  const model =
    running && variant
      ? `${variant.label}, model ${state.finished.length + 1} of ${total}`
      : running
        ? "Starting the run"
        : "";
  return (
    <div className="space-y-1.5 text-sm" data-testid="run-status">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {state.backend ? (
          <span data-testid="backend">
            Backend: <Badge tone="accent">{BACKEND_NAME[state.backend] ?? state.backend}</Badge>
          </span>
        ) : running ? (
          <span>Loading TensorFlow.js…</span>
        ) : null}
        {state.status !== "idle" ? (
          <span className="tabular-nums text-zinc-600 dark:text-zinc-400">{formatMs(elapsedMs)}</span>
        ) : null}
        {running && variant && task ? (
          <span className="min-w-0 break-words text-zinc-600 dark:text-zinc-400" data-testid="run-progress-text">
            {variant.label} · epoch {cur!.epoch}/{task.budget.epochs} · model {state.finished.length + 1} of {total}
          </span>
        ) : null}
      </div>
      {running ? (
        <div
          className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          role="progressbar"
          aria-label="Run progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <div
            className="h-full bg-accent-500 transition-[width]"
            style={{ width: `${Math.round(progress * 100)}%` }}
          />
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {model}
      </p>
    </div>
  );
}
