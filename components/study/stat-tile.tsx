import type { ReactNode } from "react";

/** A big number with its label, for the dashboard and the progress page. */
export function StatTile({
  label,
  value,
  hint,
  tone = "zinc",
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: "zinc" | "accent" | "green" | "amber";
}) {
  const tones = {
    zinc: "text-zinc-900 dark:text-zinc-50",
    accent: "text-accent-600 dark:text-accent-400",
    green: "text-emerald-600 dark:text-emerald-400",
    amber: "text-amber-600 dark:text-amber-400",
  } as const;
  return (
    <div className="rounded-2xl border border-zinc-200 bg-white p-3.5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold tabular-nums sm:text-3xl ${tones[tone]}`}>{value}</dd>
      {hint ? <dd className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{hint}</dd> : null}
    </div>
  );
}
