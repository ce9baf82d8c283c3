"use client";

import type { QuizResponse } from "@/lib/quiz/question-types";
import type { StudentQuestion } from "@/lib/quiz/student-view";

const moveBtn =
  "flex h-11 w-11 items-center justify-center rounded-lg border border-zinc-300 text-zinc-700 transition hover:bg-zinc-100 active:scale-95 " +
  "disabled:opacity-30 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800";

/**
 * Ordering by tapping up/down arrows: dragging is fiddly on a phone and hard to do without
 * a pointer; 44-px buttons work for thumbs, keyboards and screen readers alike.
 */
export function OrderingField({
  question: q,
  value,
  onChange,
  labelledBy,
}: {
  question: StudentQuestion;
  value: QuizResponse;
  onChange: (v: QuizResponse) => void;
  labelledBy: string;
}) {
  const shown = q.options!;
  const byId = new Map(shown.map((o) => [o.id, o]));
  const order =
    Array.isArray(value) && value.length === shown.length && value.every((id) => byId.has(id))
      ? value
      : shown.map((o) => o.id);
  const answered = Array.isArray(value) && value.length > 0;
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <div>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        Top: <strong>{q.firstLabel}</strong> · bottom: <strong>{q.lastLabel}</strong>. Use the arrows to move items.
      </p>
      <ol aria-labelledby={labelledBy} className="space-y-2">
        {order.map((id, i) => (
          <li
            key={id}
            className="flex items-center gap-2 rounded-xl border border-zinc-300 bg-white py-1.5 pl-3 pr-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <span className="w-5 shrink-0 text-sm font-bold text-zinc-500 dark:text-zinc-400">{i + 1}</span>
            <span
              className="prose-card min-w-0 flex-1 text-sm"
              dangerouslySetInnerHTML={{ __html: byId.get(id)!.html }}
            />
            <button
              type="button"
              className={moveBtn}
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={`Move “${stripTags(byId.get(id)!.html)}” up`}
            >
              <Arrow up />
            </button>
            <button
              type="button"
              className={moveBtn}
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
              aria-label={`Move “${stripTags(byId.get(id)!.html)}” down`}
            >
              <Arrow />
            </button>
          </li>
        ))}
      </ol>
      {!answered ? (
        <button
          type="button"
          onClick={() => onChange(order)}
          className="mt-3 min-h-11 text-sm font-semibold text-accent-600 underline-offset-2 hover:underline dark:text-accent-400"
        >
          This order is my answer
        </button>
      ) : (
        <p className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">Your order is saved as your answer.</p>
      )}
    </div>
  );
}

function stripTags(html: string) {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();
}

function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {up ? <path d="M12 19V5M5 12l7-7 7 7" /> : <path d="M12 5v14M19 12l-7 7-7-7" />}
    </svg>
  );
}
