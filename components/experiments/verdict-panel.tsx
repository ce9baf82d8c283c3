import { Badge } from "@/components/ui/page";
import { YourRunBeside } from "@/components/experiments/across-seeds";
import type { RobustnessSummary } from "@/lib/experiments/robustness/summary";
import type { Verdict, VerdictReport } from "@/lib/experiments/types";

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: "Supported",
  not_supported: "Not supported",
  it_depends: "It depends",
};
const TONE = { supported: "green", not_supported: "red", it_depends: "amber" } as const;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <Badge tone={TONE[verdict]}>{VERDICT_LABEL[verdict]}</Badge>;
}

/** The verdict and, for each part of the claim, the measured numbers that decided it. */
export function VerdictPanel({
  report,
  note,
  across,
}: {
  report: VerdictReport;
  note?: string;
  across?: RobustnessSummary;
}) {
  return (
    <section
      aria-labelledby="verdict-heading"
      className="rounded-2xl border-2 border-accent-200 bg-accent-50/60 p-4 dark:border-accent-700/50 dark:bg-accent-700/10"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="verdict-heading" className="text-lg font-bold">
          Verdict
        </h2>
        <span data-testid="verdict" data-verdict={report.verdict} className="text-base">
          <VerdictBadge verdict={report.verdict} />
        </span>
      </div>
      {across ? <YourRunBeside verdict={report.verdict} summary={across} /> : null}
      <p className="mt-2 font-medium">{report.headline}</p>
      <ul className="mt-3 space-y-3">
        {report.claims.map((c) => (
          <li key={c.claim} className="rounded-xl bg-white p-3 text-sm shadow-sm dark:bg-zinc-900">
            <div className="flex flex-wrap items-center gap-2">
              <VerdictBadge verdict={c.verdict} />
              <span className="font-semibold">{c.claim}</span>
            </div>
            {across ? <YourRunBeside verdict={c.verdict} summary={across} claimId={c.id} /> : null}
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{c.because}</p>
            {c.numbers.length ? (
              <dl className="mt-2 grid gap-x-3 gap-y-1 text-xs sm:grid-cols-[auto_1fr]">
                {c.numbers.map((n) => (
                  <div key={n.label} className="contents">
                    <dt className="text-zinc-500 dark:text-zinc-400">{n.label}</dt>
                    <dd className="font-medium tabular-nums">{n.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        ))}
      </ul>
      {note ? <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">{note}</p> : null}
    </section>
  );
}
