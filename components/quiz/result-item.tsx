import Link from "next/link";
import type { ResultItem } from "@/lib/server/quiz-results";

const verdictLook = {
  correct: { label: "Correct", cls: "bg-green-100 text-green-800 dark:bg-green-900/50 dark:text-green-200", mark: "✓" },
  partial: {
    label: "Partly right",
    cls: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100",
    mark: "½",
  },
  wrong: { label: "Wrong", cls: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200", mark: "✗" },
  unanswered: {
    label: "Not answered",
    cls: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
    mark: "–",
  },
} as const;

const round = (n: number) => Math.round(n * 100) / 100;

/** One marked answer: what you said, what was right, why, and where the proof is. */
export function ResultItemCard({ item }: { item: ResultItem }) {
  const v = verdictLook[item.verdict];
  return (
    <li
      className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
      data-verdict={item.verdict}
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <span className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
          Question {item.number}
        </span>
        <span className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${v.cls}`}>
          <span aria-hidden="true">{v.mark}</span> {v.label} · {round(item.score)}/{round(item.points)}
        </span>
      </div>
      <div className="prose-card mb-3" dangerouslySetInnerHTML={{ __html: item.promptHtml }} />
      <AnswerDetail item={item} />
      <div className="mt-4 rounded-xl bg-zinc-50 p-3 text-sm dark:bg-zinc-950/60">
        <p className="mb-1 font-semibold">Why</p>
        <div className="prose-card text-sm" dangerouslySetInnerHTML={{ __html: item.explanationHtml }} />
        {item.workingHtml.length ? (
          <ol className="mt-2 space-y-0.5 border-l-2 border-accent-200 pl-3 dark:border-accent-700">
            {item.workingHtml.map((w, i) => (
              <li key={i} className="prose-card text-sm" dangerouslySetInnerHTML={{ __html: w }} />
            ))}
          </ol>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
        {item.card ? (
          <Link
            href={item.card.href}
            className="inline-flex min-h-11 items-center text-accent-600 hover:underline dark:text-accent-400"
          >
            Card: {item.card.title}
          </Link>
        ) : null}
        {item.experimentHref ? (
          <Link
            href={item.experimentHref}
            className="inline-flex min-h-11 items-center text-accent-600 hover:underline dark:text-accent-400"
          >
            See the proof →
          </Link>
        ) : null}
      </div>
    </li>
  );
}

function AnswerDetail({ item }: { item: ResultItem }) {
  if (item.choices) {
    return (
      <ul className="space-y-1.5">
        {item.choices.map((c) => {
          const tone = c.correct
            ? "border-green-500 bg-green-50 dark:bg-green-950/40"
            : c.chosen
              ? "border-red-400 bg-red-50 dark:bg-red-950/40"
              : "border-zinc-200 dark:border-zinc-800";
          const note =
            c.chosen && c.correct
              ? "your pick · correct"
              : c.chosen
                ? "your pick · wrong"
                : c.correct
                  ? "correct · not picked"
                  : "";
          return (
            <li key={c.id} className={`flex items-start gap-2 rounded-lg border px-3 py-2 text-sm ${tone}`}>
              <span aria-hidden="true" className="w-4 shrink-0 font-bold">
                {c.correct ? "✓" : c.chosen ? "✗" : ""}
              </span>
              <span className="min-w-0 flex-1">
                <span className="prose-card block text-sm" dangerouslySetInnerHTML={{ __html: c.html }} />
                {note ? (
                  <span className="mt-0.5 block text-xs font-medium text-zinc-600 dark:text-zinc-400">{note}</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    );
  }
  if (item.ordering) {
    const o = item.ordering;
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <p className="mb-1 text-xs font-semibold uppercase text-zinc-500">Your order</p>
          {o.given.length ? (
            <ol className="space-y-1 text-sm">
              {o.given.map((g, i) => (
                <li
                  key={g.id}
                  className={`flex gap-2 rounded-lg border px-2 py-1.5 ${g.correctPosition === i + 1 ? "border-green-500" : "border-red-400"}`}
                >
                  <span className="w-4 font-bold text-zinc-500 dark:text-zinc-400">{i + 1}</span>
                  <span className="prose-card flex-1 text-sm" dangerouslySetInnerHTML={{ __html: g.html }} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-zinc-500">No answer</p>
          )}
        </div>
        <div>
          <p className="mb-1 text-xs font-semibold uppercase text-zinc-500">
            Correct order ({o.firstLabel} → {o.lastLabel})
          </p>
          <ol className="space-y-1 text-sm">
            {o.correct.map((c, i) => (
              <li key={c.id} className="flex gap-2 rounded-lg border border-zinc-200 px-2 py-1.5 dark:border-zinc-800">
                <span className="w-4 font-bold text-zinc-500 dark:text-zinc-400">{i + 1}</span>
                <span className="prose-card flex-1 text-sm" dangerouslySetInnerHTML={{ __html: c.html }} />
              </li>
            ))}
          </ol>
        </div>
      </div>
    );
  }
  const given = item.numeric?.given ?? item.text?.given ?? null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-zinc-500">Your answer</dt>
      <dd className="font-medium">
        {given === null ? "No answer" : `${given}${item.numeric?.unit ? ` ${item.numeric.unit}` : ""}`}
      </dd>
      <dt className="text-zinc-500">{item.text ? "Accepted" : "Correct"}</dt>
      <dd className="font-medium">
        {item.numeric
          ? `${item.numeric.answer}${item.numeric.unit ? ` ${item.numeric.unit}` : ""}`
          : item.text!.accepted.join(" · ")}
      </dd>
      {item.numeric ? <dd className="col-span-2 text-xs text-zinc-500">{item.numeric.tolerance}</dd> : null}
    </dl>
  );
}
