import { Badge } from "@/components/ui/page";
import { formatMs } from "@/lib/experiments/format";
import type { RunState } from "@/lib/experiments/run-state";
import type { TaskSpec } from "@/lib/experiments/types";

const BACKEND_NAME: Record<string, string> = { webgl: "WebGL", wasm: "WebAssembly", cpu: "CPU (JavaScript)" };

/** Which backend runs, how long it has been running, and where in the plan it is. */
export function RunStatusLine({ state, tasks, elapsedMs }: { state: RunState; tasks: TaskSpec[]; elapsedMs: number }) {
  const total = tasks.reduce((s, t) => s + t.variants.length, 0);
  const cur = state.current;
  const task = cur ? tasks.find((t) => t.id === cur.taskId) : undefined;
  const variant = task?.variants.find((v) => v.id === cur?.variantId);
  const progress = total ? (state.finished.length + (cur && task ? cur.epoch / task.budget.epochs : 0)) / total : 0;
  const running = state.status === "starting" || state.status === "running";
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-live="polite">
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
        <span className="min-w-0 truncate text-zinc-600 dark:text-zinc-400">
          {variant.label} · epoch {cur!.epoch}/{task.budget.epochs} · model {state.finished.length + 1} of {total}
        </span>
      ) : null}
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
    </div>
  );
}
