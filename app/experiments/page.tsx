import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import { VerdictBadge } from "@/components/experiments/verdict-panel";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { countsText } from "@/lib/experiments/robustness/describe";
import { summaryOf } from "@/lib/experiments/robustness/summaries";
import { experimentCards, myRunSummary } from "@/lib/server/experiments";
import { currentActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Proofs" };

export default async function ExperimentsPage() {
  const actor = await currentActor();
  const cards = await experimentCards();
  const mine = await myRunSummary(actor);
  return (
    <div>
      <PageHeader
        title="Proofs"
        lead="Every card's answer, tested by a small TensorFlow.js experiment that trains in your own browser — phone included. The verdict comes from the numbers your device measures."
      />
      {!actor ? (
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Anyone can run these.{" "}
          <Link
            href="/sign-in?callbackUrl=%2Fexperiments"
            className="font-medium text-accent-600 underline dark:text-accent-400"
          >
            Sign in
          </Link>{" "}
          to keep a record of your runs.
        </p>
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Experiments">
        {EXPERIMENTS.map((e) => {
          const s = mine[e.slug];
          const across = summaryOf(e.slug);
          return (
            <li
              key={e.slug}
              className="flex flex-col rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
            >
              <h2 className="font-semibold">
                <Link href={`/experiments/${e.slug}`} className="hover:underline">
                  {e.title}
                </Link>
              </h2>
              <p className="mt-1 flex-1 text-sm text-zinc-600 dark:text-zinc-400">{e.summary}</p>
              <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
                Proves: {[...new Set(e.claims.map((c) => cards[c.cardKey]?.title ?? c.cardKey))].join(" · ")}
              </p>
              {across ? (
                <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400" data-testid={`across-${e.slug}`}>
                  Across {across.n} seeds: {countsText(across.overall, across.n)}
                </p>
              ) : null}
              <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
                {s ? (
                  <span className="flex items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
                    You ran it {s.count}× · last: <VerdictBadge verdict={s.latest} />
                  </span>
                ) : (
                  <span />
                )}
                <Link
                  href={`/experiments/${e.slug}`}
                  className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-600 hover:underline dark:text-accent-400"
                >
                  Open the proof →
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
