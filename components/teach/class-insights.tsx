import Link from "next/link";
import { Panel } from "@/components/ui/page";
import { formatNumber, formatPercent } from "@/lib/classes/format";
import { count } from "@/lib/plural";

type Hard = {
  cardId: string;
  title: string;
  lapses: number;
  studiedBy: number;
  lapsesPerStudent: number;
  againRate: number | null;
  reviews: number;
};

export function HardestCards({ cards }: { cards: Hard[] }) {
  return (
    <Panel>
      <h2 className="font-semibold">Hardest cards</h2>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        Lapses per student who studied the card (all time); again-rate over the last 30 days.
      </p>
      {cards.length === 0 ? (
        <p className="text-sm text-zinc-500">Nobody has studied yet.</p>
      ) : (
        <ol className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {cards.slice(0, 5).map((c) => (
            <li key={c.cardId} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span className="min-w-0 flex-1 font-medium">{c.title}</span>
              <span className="shrink-0 text-right tabular-nums">
                <span className="font-semibold">{formatNumber(c.lapsesPerStudent, 1)}</span> lapses
                <span className="block text-xs text-zinc-500">
                  again {formatPercent(c.againRate, 1, 0)} of {c.reviews}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

export function ProofsRun({
  proofs,
  students,
}: {
  proofs: { slug: string; students: number; runs: number }[];
  students: number;
}) {
  return (
    <Panel>
      <h2 className="font-semibold">Proofs run</h2>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Which experiments students ran in their browser.</p>
      {proofs.length === 0 ? (
        <p className="text-sm text-zinc-500">No proof has been run yet.</p>
      ) : (
        <ul className="space-y-2">
          {proofs.map((p) => (
            <li key={p.slug} className="text-sm">
              <div className="flex flex-wrap justify-between gap-x-2">
                <Link
                  href={`/experiments/${p.slug}`}
                  className="font-medium text-accent-700 hover:underline dark:text-accent-400"
                >
                  {p.slug}
                </Link>
                <span className="tabular-nums text-zinc-600 dark:text-zinc-400">
                  {count(p.students, "student", "students")} · {count(p.runs, "run", "runs")}
                </span>
              </div>
              <div className="mt-1 h-1.5 rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
                <div
                  className="h-1.5 rounded-full bg-accent-500"
                  style={{ width: `${students ? Math.round((100 * p.students) / students) : 0}%` }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
