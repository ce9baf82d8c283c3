import Link from "next/link";
import { countsText, heldText, spreadText, VERDICT_WORDS } from "@/lib/experiments/robustness/describe";
import type { RobustnessSummary } from "@/lib/experiments/robustness/summary";
import { VERDICTS, type VerdictCounts } from "@/lib/experiments/robustness/tally";
import type { Verdict } from "@/lib/experiments/types";

/**
 * The learner's verdict beside the committed distribution: "Your run: supported · across 20
 * seeds at the default settings: supported 20/20" for the whole claim, "… this claim held in
 * 14/20" for a part.
 */
export function YourRunBeside({
  verdict,
  summary,
  claimId,
}: {
  verdict: Verdict;
  summary: RobustnessSummary;
  claimId?: string;
}) {
  const c = claimId ? summary.claims.find((x) => x.id === claimId) : undefined;
  if (claimId && !c) return null;
  return (
    <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid={`your-run-${claimId ?? "overall"}`}>
      Your run: {VERDICT_WORDS[verdict]} · across {summary.n} seeds at the default settings:{" "}
      {c ? `this claim ${heldText(c.counts, summary.n)}` : countsText(summary.overall, summary.n)}
    </p>
  );
}

const seedLink = (slug: string, seed: number) => `/experiments/${slug}?seed=${seed}`;

/** Seeds on which a claim came out otherwise than usual, each a link that reruns it. */
function Exceptions({
  slug,
  counts,
  seeds,
}: {
  slug: string;
  counts: VerdictCounts;
  seeds: Record<Verdict, number[]>;
}) {
  const usual = VERDICTS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const other = VERDICTS.filter((v) => v !== usual && seeds[v].length);
  if (!other.length) return null;
  return (
    <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
      {other.map((v) => (
        <span key={v} className="mr-2">
          {VERDICT_WORDS[v]} on seed{seeds[v].length > 1 ? "s" : ""}{" "}
          {seeds[v].map((s, i) => (
            <span key={s}>
              {i ? ", " : ""}
              <Link href={seedLink(slug, s)} className="font-medium text-accent-600 underline dark:text-accent-400">
                {s}
              </Link>
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}

/** The committed 20-seed summary: the overall verdict and each claim, with the spread of the numbers behind it. */
export function AcrossSeedsPanel({ summary, settingsDiffer }: { summary: RobustnessSummary; settingsDiffer: boolean }) {
  const first = summary.seeds[0];
  const lastSeed = summary.seeds[summary.seeds.length - 1];
  return (
    <section aria-labelledby="across-seeds-heading" className="space-y-3" data-testid="across-seeds">
      <h2 id="across-seeds-heading" className="text-lg font-bold">
        Across {summary.n} seeds
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        One seed can be lucky. This experiment was run at its default settings with seeds {first}–{lastSeed} (
        {summary.backend} backend, {summary.device}, {summary.date}); here is how often each verdict came out.
        {settingsDiffer
          ? " Your settings differ from the defaults, so your run may differ from these counts for that reason too."
          : ""}
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="across-overall">
        <span className="font-semibold">Overall:</span> {countsText(summary.overall, summary.n)}
      </p>
      <Exceptions slug={summary.slug} counts={summary.overall} seeds={summary.overallSeeds} />
      <ul className="space-y-2">
        {summary.claims.map((c) => (
          <li
            key={c.id}
            className="rounded-xl border border-zinc-200 p-3 text-sm dark:border-zinc-800"
            data-testid={`across-claim-${c.id}`}
          >
            <p className="font-semibold">{c.claim}</p>
            <p className="mt-0.5">{heldText(c.counts, summary.n)}</p>
            {c.spread.length ? (
              <dl className="mt-1 grid gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[auto_1fr]">
                {c.spread.map((s) => (
                  <div key={s.label} className="contents">
                    <dt className="text-zinc-500 dark:text-zinc-400">{s.label}</dt>
                    <dd className="tabular-nums">{spreadText(s, summary.n)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <Exceptions slug={summary.slug} counts={c.counts} seeds={c.seeds} />
          </li>
        ))}
      </ul>
    </section>
  );
}
