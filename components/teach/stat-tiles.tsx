import type { ReactNode } from "react";

export type Stat = { label: string; value: ReactNode; hint?: string };

/** Headline numbers: two per row on a phone, up to six across on a laptop. */
export function StatTiles({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {stats.map((s) => (
        <div
          key={s.label}
          className="rounded-2xl border border-zinc-200 bg-white px-3 py-2.5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
        >
          <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{s.label}</dt>
          <dd className="mt-0.5 text-2xl font-bold tabular-nums">{s.value}</dd>
          {s.hint ? <dd className="text-xs text-zinc-500 dark:text-zinc-400">{s.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
