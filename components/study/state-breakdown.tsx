const ROWS = [
  { key: "new", label: "New", color: "bg-zinc-400 dark:bg-zinc-500", hint: "not studied yet" },
  { key: "learning", label: "Learning", color: "bg-amber-400", hint: "in short steps" },
  { key: "review", label: "Review", color: "bg-emerald-500", hint: "on a schedule of days" },
  { key: "relearning", label: "Relearning", color: "bg-red-500", hint: "forgotten, coming back" },
] as const;

/** Cards by FSRS state as one stacked bar and a legend with counts. */
export function StateBreakdown({ byState }: { byState: Record<(typeof ROWS)[number]["key"], number> }) {
  const total = ROWS.reduce((n, r) => n + byState[r.key], 0);
  return (
    <div>
      <div className="flex h-4 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800" aria-hidden="true">
        {ROWS.map((r) =>
          byState[r.key] ? (
            <div key={r.key} className={r.color} style={{ width: `${(100 * byState[r.key]) / Math.max(1, total)}%` }} />
          ) : null,
        )}
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        {ROWS.map((r) => (
          // One <div> of <dt> + <dd> straight inside the <dl> (the only wrapper HTML allows there);
          // the colour dot lives inside the <dt>.
          <div key={r.key}>
            <dt className="flex items-start gap-2 font-medium">
              <span aria-hidden="true" className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${r.color}`} />
              <span>
                {r.label} <span className="tabular-nums text-zinc-900 dark:text-zinc-100">· {byState[r.key]}</span>
              </span>
            </dt>
            <dd className="pl-[1.125rem] text-xs text-zinc-500 dark:text-zinc-400">{r.hint}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
