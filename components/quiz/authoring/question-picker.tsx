import type { BankEntry } from "@/lib/server/quiz-authoring";

const typeLabel: Record<string, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  numeric: "Number",
  text: "Short text",
  ordering: "Ordering",
  generated: "Generated",
};

/** The bank grouped by card; each question is a checkbox named "q:<id>". */
export function QuestionPicker({
  bank,
  chosen,
  disabled,
}: {
  bank: BankEntry[];
  chosen: Set<string>;
  disabled: boolean;
}) {
  const groups = new Map<string, BankEntry[]>();
  for (const q of bank) groups.set(q.cardTitle, [...(groups.get(q.cardTitle) ?? []), q]);
  return (
    <fieldset disabled={disabled} className="space-y-4">
      <legend className="mb-2 text-sm font-semibold">Questions</legend>
      {[...groups].map(([title, questions]) => (
        <div key={title}>
          <p className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
            {title}
          </p>
          <ul className="space-y-1.5">
            {questions.map((q) => (
              <li key={q.id}>
                <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border border-zinc-200 px-3 py-2 has-[:checked]:border-accent-500 has-[:checked]:bg-accent-50 dark:border-zinc-800 dark:has-[:checked]:bg-accent-700/20">
                  <input
                    type="checkbox"
                    name={`q:${q.id}`}
                    defaultChecked={chosen.has(q.id)}
                    className="mt-1 h-5 w-5 shrink-0 accent-accent-600"
                  />
                  <span className="min-w-0 text-sm">
                    <span className="mr-2 inline-block rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                      {typeLabel[q.type] ?? q.type}
                    </span>
                    {q.generator ? (
                      <span className="text-xs text-zinc-500">each student gets their own numbers · </span>
                    ) : null}
                    <span>{plain(q.prompt)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

/** Prompts are Markdown; the picker shows them as plain text. */
function plain(md: string) {
  const text = md
    .replace(/\$([^$]+)\$/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
