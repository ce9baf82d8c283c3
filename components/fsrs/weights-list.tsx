/** The 21 FSRS-6 weights, folded away: for the curious and for comparing with Anki. */
export function WeightsList({ weights }: { weights: readonly number[] }) {
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 font-medium">The 21 weights</summary>
      <p className="font-mono text-xs break-words text-zinc-600 dark:text-zinc-400">
        {weights.map((w) => w.toFixed(4)).join(", ")}
      </p>
    </details>
  );
}
