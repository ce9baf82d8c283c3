import type { ExperimentDef } from "@/lib/experiments/types";
import type { ExperimentCard } from "@/lib/server/experiments";

/** The claim under test, quoted from its card(s), and the question the run answers. */
export function ClaimPanel({
  def,
  cards,
  focus,
}: {
  def: ExperimentDef;
  cards: Partial<Record<string, ExperimentCard>>;
  focus: string | null;
}) {
  const keys = [...new Set(def.claims.map((c) => c.cardKey))];
  return (
    <section
      aria-labelledby="claim-heading"
      className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="claim-heading" className="text-lg font-bold">
        The claim
      </h2>
      {keys.map((key) => (
        <div key={key} className={`mt-3 ${focus && focus !== key ? "opacity-80" : ""}`}>
          <p className="text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
            {cards[key]?.title ?? key}
          </p>
          {def.claims
            .filter((c) => c.cardKey === key)
            .map((c) => (
              <blockquote
                key={c.quote}
                className="mt-1 border-l-4 border-accent-400 pl-3 italic text-zinc-800 dark:text-zinc-200"
              >
                “{c.quote}”
              </blockquote>
            ))}
        </div>
      ))}
      <p className="mt-3 text-sm">
        <strong className="font-semibold">This run asks: </strong>
        {def.question}
      </p>
    </section>
  );
}
