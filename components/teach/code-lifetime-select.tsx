import { CODE_LIFETIMES } from "@/lib/validation/classes";

const LABELS: Record<(typeof CODE_LIFETIMES)[number], string> = {
  never: "Until I rotate it",
  "1": "1 day",
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
};

/** How long a join code stays valid; shared by "create class" and "new code". */
export function CodeLifetimeSelect({ id, defaultValue = "never" }: { id: string; defaultValue?: string }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        Code valid for
      </label>
      <select
        id={id}
        name="codeLifetime"
        defaultValue={defaultValue}
        className="block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {CODE_LIFETIMES.map((v) => (
          <option key={v} value={v}>
            {LABELS[v]}
          </option>
        ))}
      </select>
    </div>
  );
}
