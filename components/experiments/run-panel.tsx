"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/client-only";
import { Badge } from "@/components/ui/page";
import { LineChart } from "@/components/charts/line-chart";
import { BoundaryMap } from "@/components/experiments/boundary-map";
import { LiveCharts } from "@/components/experiments/live-charts";
import { ResultsTable } from "@/components/experiments/results-table";
import { RunStatusLine } from "@/components/experiments/run-status";
import { VERDICT_LABEL, VerdictPanel } from "@/components/experiments/verdict-panel";
import { useVerdictInView } from "@/components/experiments/use-verdict-in-view";
import { keyOf } from "@/lib/experiments/run-state";
import { useExperimentRun } from "@/components/experiments/use-experiment-run";
import { getExperiment } from "@/lib/experiments/catalog";
import { formatMs } from "@/lib/experiments/format";
import type { RobustnessSummary } from "@/lib/experiments/robustness/summary";
import type { BackendChoice, Settings } from "@/lib/experiments/types";

export function RunPanel({
  slug,
  settings,
  backend,
  signedIn,
  signInHref,
  across,
}: {
  slug: string;
  settings: Settings;
  backend: BackendChoice;
  signedIn: boolean;
  signInHref: string;
  across?: RobustnessSummary;
}) {
  const def = getExperiment(slug)!;
  const tasks = useMemo(() => def.tasks(settings), [def, settings]);
  const { state, start, stop, record } = useExperimentRun(slug, settings, backend, signedIn);
  const running = state.status === "starting" || state.status === "running";
  const [now, setNow] = useState(0);
  // Server-rendered, the button would do nothing until the page hydrates: keep it disabled till then.
  const hydrated = useHydrated();
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(t);
  }, [running]);
  const elapsed = state.startedAt === null ? 0 : (state.endedAt ?? (now || state.startedAt)) - state.startedAt;
  const summary = state.output && def.charts ? def.charts(state.output.results, settings) : [];
  const extraColumns = state.output && def.resultColumns ? def.resultColumns(state.output.results, settings) : [];
  const controls = useRef<HTMLDivElement>(null);
  const verdictRef = useVerdictInView(state.output, controls);

  return (
    <div className="space-y-5">
      <div ref={controls} className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={start} disabled={running || !hydrated} className="min-w-28">
            {state.status === "idle" ? "Run" : running ? "Running…" : "Run again"}
          </Button>
          <Button variant="danger" onClick={stop} disabled={!running} className="min-w-24">
            Stop
          </Button>
        </div>
        <RunStatusLine state={state} tasks={tasks} elapsedMs={elapsed} />
      </div>
      <p className="sr-only" role="status" data-testid="run-announcement">
        {state.output
          ? `Run finished. Verdict: ${VERDICT_LABEL[state.output.verdict.verdict]}. ${state.output.verdict.headline}`
          : ""}
      </p>
      {state.notes.length ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{state.notes.join(" ")}</p> : null}
      {state.status === "stopped" ? (
        <p role="status" className="rounded-xl bg-zinc-100 p-3 text-sm dark:bg-zinc-800">
          Stopped after {formatMs(elapsed)}. No verdict without a complete run — the curves so far are kept below.
        </p>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-200">
          The run failed: {state.error}
        </p>
      ) : null}

      {state.status !== "idle"
        ? tasks.map((task) => {
            const shown = task.variants.flatMap((v) => {
              const b = state.boundaries[keyOf(task.id, v.id)];
              return b ? [{ v, b }] : [];
            });
            return (
              <section key={task.id} className="space-y-3" aria-label={`Live results: ${task.label}`}>
                {tasks.length > 1 ? <h3 className="font-semibold">{task.label}</h3> : null}
                <LiveCharts task={task} history={state.history} />
                {shown.length ? (
                  <div
                    className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
                    data-testid={`boundaries-${task.id}`}
                  >
                    {shown.map(({ v, b }) => (
                      <BoundaryMap
                        key={v.id}
                        grid={b.grid}
                        points={state.points[task.id] ?? null}
                        label={`${v.label} · epoch ${b.epoch}`}
                      />
                    ))}
                  </div>
                ) : null}
                <ResultsTable task={task} results={state.finished} extra={extraColumns} />
              </section>
            );
          })
        : null}

      {summary.map((c) => (
        <figure key={c.title} className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
          <h3 className="mb-1 text-sm font-semibold">{c.title}</h3>
          <LineChart
            title={c.title}
            series={c.series}
            xLabel={c.xLabel}
            yLabel={c.yLabel}
            log={c.log}
            yDomain={c.yDomain}
            yFormat={c.yFormat}
            height={200}
          />
        </figure>
      ))}

      {state.output ? (
        <>
          <div
            ref={verdictRef}
            tabIndex={-1}
            aria-labelledby="verdict-heading"
            className="scroll-mt-4 rounded-2xl outline-none focus-visible:ring-2 focus-visible:ring-accent-500"
          >
            <VerdictPanel report={state.output.verdict} note={def.note} across={across} />
          </div>
          <p
            className="text-sm text-zinc-600 dark:text-zinc-400"
            data-testid="run-summary"
            data-duration-ms={state.output.durationMs}
            data-backend={state.output.backend}
          >
            Ran on <Badge tone="accent">{state.output.backend}</Badge> in {formatMs(state.output.durationMs)}. The same
            seed and settings give the same data and starting weights anywhere; timings vary by device and from run to
            run.{" "}
            {signedIn ? (
              <span data-testid="record-status">
                {record.state === "saving"
                  ? "Saving to your account…"
                  : record.state === "saved"
                    ? "Saved to your account."
                    : record.state === "failed"
                      ? `Not saved: ${record.message}`
                      : ""}
              </span>
            ) : (
              <Link href={signInHref} className="font-medium text-accent-600 underline dark:text-accent-400">
                Sign in to keep a record of your runs.
              </Link>
            )}
          </p>
        </>
      ) : null}
    </div>
  );
}
