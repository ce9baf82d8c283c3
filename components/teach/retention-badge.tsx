import { formatPercent } from "@/lib/classes/format";
import { count } from "@/lib/plural";

/** Retention coloured against FSRS's default target of 90%: green near it, amber below, red far below. */
export function RetentionValue({ value, base }: { value: number | null; base?: number }) {
  const tone =
    value === null
      ? "text-zinc-500 dark:text-zinc-400"
      : value >= 0.85
        ? "text-green-700 dark:text-green-400"
        : value >= 0.7
          ? "text-amber-700 dark:text-amber-400"
          : "text-red-700 dark:text-red-400";
  return (
    <span
      className={`font-semibold tabular-nums ${tone}`}
      title={base !== undefined ? `${count(base, "review-state grade", "review-state grades")} in 30 days` : undefined}
    >
      {formatPercent(value, 1, 0)}
    </span>
  );
}
