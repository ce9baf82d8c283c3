import Link from "next/link";
import { PROGRESS_SORTS, type ProgressQuery } from "@/lib/validation/classes";

export const SORT_LABELS: Record<(typeof PROGRESS_SORTS)[number], string> = {
  name: "Name",
  studied: "Cards studied",
  due: "Due today",
  overdue: "Overdue",
  retention: "Retention",
  reviews: "Reviews",
  active: "Last active",
  proofs: "Proofs run",
  quiz: "Quizzes",
};

const input =
  "block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Search and sort as a plain GET form: it works without JavaScript and the URL can be shared. */
export function ProgressControls({ classId, query }: { classId: string; query: ProgressQuery }) {
  return (
    <form
      method="get"
      action={`/teach/classes/${classId}`}
      role="search"
      className="grid gap-2 sm:grid-cols-[1fr_auto_auto_auto]"
    >
      <label className="sr-only" htmlFor="progress-q">
        Search students
      </label>
      <input
        id="progress-q"
        name="q"
        type="search"
        defaultValue={query.q}
        placeholder="Search by name or email"
        className={input}
      />
      <div className="grid grid-cols-2 gap-2 sm:contents">
        <label className="sr-only" htmlFor="progress-sort">
          Sort by
        </label>
        <select id="progress-sort" name="sort" defaultValue={query.sort} className={input}>
          {PROGRESS_SORTS.map((s) => (
            <option key={s} value={s}>
              Sort: {SORT_LABELS[s]}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="progress-dir">
          Direction
        </label>
        <select id="progress-dir" name="dir" defaultValue={query.dir} className={input}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          className="inline-flex min-h-11 flex-1 items-center justify-center rounded-xl bg-accent-600 px-4 text-sm font-semibold text-white hover:bg-accent-700"
        >
          Apply
        </button>
        {query.q || query.sort !== "name" || query.dir !== "asc" ? (
          <Link
            href={`/teach/classes/${classId}#students`}
            className="inline-flex min-h-11 items-center rounded-xl px-3 text-sm font-medium text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            Reset
          </Link>
        ) : null}
      </div>
    </form>
  );
}
