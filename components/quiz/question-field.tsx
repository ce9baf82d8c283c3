"use client";

import type { QuizResponse } from "@/lib/quiz/question-types";
import type { StudentQuestion } from "@/lib/quiz/student-view";
import { OrderingField } from "@/components/quiz/ordering-field";
import { count } from "@/lib/plural";

type Props = {
  question: StudentQuestion;
  value: QuizResponse;
  /** delayMs debounces typing; clicks save at once */
  onChange: (value: QuizResponse, delayMs?: number) => void;
};

const optionClass =
  "flex min-h-14 cursor-pointer items-start gap-3 rounded-xl border px-4 py-3 transition select-none " +
  "border-zinc-300 bg-white hover:border-accent-400 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:border-accent-400 " +
  "has-[:checked]:border-accent-500 has-[:checked]:bg-accent-50 has-[:checked]:ring-1 has-[:checked]:ring-accent-500 " +
  "dark:has-[:checked]:bg-accent-700/20 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-500";

/** One question: its prompt and the control that fits its type. */
export function QuestionField({ question: q, value, onChange }: Props) {
  const promptId = `prompt-${q.itemId}`;
  return (
    <div>
      <div className="mb-1 flex items-center justify-between text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        <span>Question {q.number}</span>
        <span>{count(q.points, "point", "points")}</span>
      </div>
      <div
        id={promptId}
        className="prose-card mb-4 text-[1.05rem]"
        dangerouslySetInnerHTML={{ __html: q.promptHtml }}
      />
      {q.type === "single" || q.type === "multiple" ? (
        <div role={q.type === "single" ? "radiogroup" : "group"} aria-labelledby={promptId} className="space-y-2.5">
          {q.type === "multiple" ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Select all that apply. Wrong picks cost points.</p>
          ) : null}
          {q.options!.map((o) => {
            const picked = q.type === "single" ? value === o.id : Array.isArray(value) && value.includes(o.id);
            return (
              <label key={o.id} className={optionClass}>
                <input
                  type={q.type === "single" ? "radio" : "checkbox"}
                  name={`answer-${q.itemId}`}
                  value={o.id}
                  checked={picked}
                  onChange={(e) => {
                    if (q.type === "single") onChange(o.id);
                    else {
                      const current = Array.isArray(value) ? value : [];
                      onChange(e.target.checked ? [...current, o.id] : current.filter((id) => id !== o.id));
                    }
                  }}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-accent-600"
                />
                <span className="prose-card min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: o.html }} />
              </label>
            );
          })}
        </div>
      ) : q.type === "ordering" ? (
        <OrderingField question={q} value={value} onChange={onChange} labelledBy={promptId} />
      ) : (
        <TypedAnswer question={q} value={value} onChange={onChange} labelledBy={promptId} />
      )}
    </div>
  );
}

function TypedAnswer({ question: q, value, onChange, labelledBy }: Props & { labelledBy: string }) {
  const numeric = q.type === "numeric";
  const inputId = `answer-${q.itemId}`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Your answer
      </label>
      <div className="flex items-center gap-2">
        <input
          id={inputId}
          type="text"
          inputMode={numeric ? "decimal" : "text"}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          aria-describedby={`${labelledBy}${q.hint ? ` hint-${q.itemId}` : ""}`}
          value={typeof value === "string" ? value : ""}
          maxLength={numeric ? 40 : 200}
          onChange={(e) => onChange(e.target.value, 600)}
          className="block min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-3 text-lg shadow-sm outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-200 dark:border-zinc-700 dark:bg-zinc-900 dark:focus:ring-accent-700"
        />
        {q.unit ? (
          <span className="shrink-0 text-base font-medium text-zinc-600 dark:text-zinc-300">{q.unit}</span>
        ) : null}
      </div>
      {q.hint ? (
        <p id={`hint-${q.itemId}`} className="text-sm text-zinc-500 dark:text-zinc-400">
          {q.hint}
          {numeric ? " Separators like 1,024 or 1 024 are fine." : ""}
        </p>
      ) : null}
    </div>
  );
}
