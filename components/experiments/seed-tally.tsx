"use client";
import Link from "next/link";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/client-only";
import { VerdictBadge } from "@/components/experiments/verdict-panel";
import { useSeedTally } from "@/components/experiments/use-seed-tally";
import { countsText, heldText } from "@/lib/experiments/robustness/describe";
import { tally } from "@/lib/experiments/robustness/tally";
import type { BackendChoice, Settings } from "@/lib/experiments/types";

const COUNT = 5;

/** "Run 5 seeds": the learner's own tally, at their settings, in the worker. */
export function SeedTally({ slug, settings, backend }: { slug: string; settings: Settings; backend: BackendChoice }) {
  const { state, start, stop } = useSeedTally(slug, settings, backend);
  const hydrated = useHydrated(); // the button works only once the worker can start
  const running = state.status === "running";
  const t = useMemo(() => tally(state.runs), [state.runs]);
  const query = (seed: number) =>
    new URLSearchParams(Object.entries({ ...settings, seed }).map(([k, v]) => [k, String(v)])).toString();

  return (
    <section aria-labelledby="seed-tally-heading" className="space-y-3" data-testid="seed-tally">
      <h3 id="seed-tally-heading" className="font-semibold">
        Your own tally
      </h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Run {COUNT} random seeds at your settings, one after another, and count the verdicts yourself. Each seed takes
        about as long as one run.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => start(COUNT)} disabled={running || !hydrated}>
          {running ? `Running seed ${state.runs.length + 1} of ${COUNT}…` : `Run ${COUNT} seeds`}
        </Button>
        <Button variant="danger" onClick={stop} disabled={!running}>
          Stop the seeds
        </Button>
        <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="seed-tally-status">
          {state.status === "idle"
            ? ""
            : state.status === "error"
              ? `Failed: ${state.error}`
              : `${state.runs.length} of ${state.seeds.length} seeds done${state.status === "stopped" ? " (stopped)" : ""}${state.backend ? ` on ${state.backend}` : ""}.`}
        </span>
      </div>
      {state.runs.length ? (
        <>
          <ol className="flex flex-wrap gap-2 text-sm" aria-label="Your seeds">
            {state.runs.map((r) => (
              <li
                key={r.seed}
                className="flex items-center gap-1 rounded-lg border border-zinc-200 px-2 py-1 dark:border-zinc-800"
              >
                <Link
                  href={`/experiments/${slug}?${query(r.seed)}`}
                  className="min-h-6 font-medium text-accent-600 underline dark:text-accent-400"
                >
                  seed {r.seed}
                </Link>
                <VerdictBadge verdict={r.report.verdict} />
              </li>
            ))}
          </ol>
          <div className="text-sm" data-testid="seed-tally-result" data-runs={t.n}>
            <p>
              <span className="font-semibold">Overall:</span> {countsText(t.overall, t.n)}
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {t.claims.map((c) => (
                <li key={c.id}>
                  {c.claim}: {heldText(c.counts, t.n)}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </section>
  );
}
