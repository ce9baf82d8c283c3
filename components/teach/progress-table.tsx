import type { ReactNode } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/page";
import { RetentionValue } from "@/components/teach/retention-badge";
import { SORT_LABELS } from "@/components/teach/progress-controls";
import { sortHref } from "@/components/teach/progress-url";
import type { StudentProgress } from "@/lib/classes/progress";
import { formatDay, formatPercent } from "@/lib/classes/format";
import { localDayKey } from "@/lib/time/local-day";
import type { ProgressQuery, ProgressSort } from "@/lib/validation/classes";
import { count } from "@/lib/plural";

type Props = { classId: string; rows: StudentProgress[]; query: ProgressQuery; quizCount: number };

const lastActive = (r: StudentProgress) => (r.lastActive ? formatDay(localDayKey(r.lastActive, r.timeZone)) : "Never");
const graded = (r: StudentProgress) => Object.values(r.quizGrades).filter((g) => g !== null).length;
const detailHref = (classId: string, r: StudentProgress) => `/teach/classes/${classId}/students/${r.id}`;

function SortHeader({
  classId,
  query,
  sort,
  className = "",
}: {
  classId: string;
  query: ProgressQuery;
  sort: ProgressSort;
  className?: string;
}) {
  const active = query.sort === sort;
  return (
    <th
      scope="col"
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-2 py-2 font-semibold ${className}`}
    >
      <Link
        href={sortHref(classId, query, sort)}
        className={`inline-flex min-h-8 items-center gap-1 whitespace-nowrap hover:underline ${active ? "text-accent-700 dark:text-accent-400" : ""}`}
      >
        {SORT_LABELS[sort]}
        <span aria-hidden="true" className="text-xs">
          {active ? (query.dir === "asc" ? "▲" : "▼") : ""}
        </span>
      </Link>
    </th>
  );
}

/** A table on a laptop, stacked cards on a phone (both rendered; CSS shows one). */
export function ProgressTable({ classId, rows, query, quizCount }: Props) {
  const num = "px-2 py-2 text-right tabular-nums";
  return (
    <>
      <div className="hidden overflow-x-auto rounded-2xl border border-zinc-200 bg-white shadow-sm md:block dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-sm">
          <caption className="sr-only">Students and their progress, sorted by {SORT_LABELS[query.sort]}</caption>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
            <tr>
              <SortHeader classId={classId} query={query} sort="name" />
              <SortHeader classId={classId} query={query} sort="studied" className="text-right" />
              <SortHeader classId={classId} query={query} sort="due" className="text-right" />
              <SortHeader classId={classId} query={query} sort="overdue" className="text-right" />
              <SortHeader classId={classId} query={query} sort="retention" className="text-right" />
              <SortHeader classId={classId} query={query} sort="reviews" className="text-right" />
              <SortHeader classId={classId} query={query} sort="active" />
              <SortHeader classId={classId} query={query} sort="proofs" className="text-right" />
              <SortHeader classId={classId} query={query} sort="quiz" className="text-right" />
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {rows.map((r) => (
              <tr key={r.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-800/50">
                <td className="max-w-56 px-2 py-2">
                  <Link
                    href={detailHref(classId, r)}
                    className="block truncate font-semibold text-accent-700 hover:underline dark:text-accent-400"
                  >
                    {r.name}
                  </Link>
                  <span className="block truncate text-xs text-zinc-500">{r.email}</span>
                </td>
                <td className={num}>{r.studied}</td>
                <td className={num}>{r.due}</td>
                <td className={`${num} ${r.overdue ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
                  {r.overdue}
                </td>
                <td className={num}>
                  <RetentionValue value={r.retention} base={r.retentionBase} />
                </td>
                <td className={num}>{r.reviews30}</td>
                <td className="px-2 py-2 whitespace-nowrap">{lastActive(r)}</td>
                <td className={num} title={count(r.proofRuns, "run", "runs")}>
                  {r.proofs}
                </td>
                <td className={num}>
                  {formatPercent(r.quizMean, 1, 0)}
                  {quizCount ? (
                    <span className="block text-xs whitespace-nowrap text-zinc-500">{`${graded(r)} of ${quizCount}`}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-2 md:hidden" aria-label="Students">
        {rows.map((r) => (
          <li
            key={r.id}
            className="rounded-2xl border border-zinc-200 bg-white p-3 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <div className="flex items-start justify-between gap-2">
              <Link href={detailHref(classId, r)} className="min-w-0 py-1">
                <span className="block truncate font-semibold text-accent-700 dark:text-accent-400">{r.name}</span>
                <span className="block truncate text-xs text-zinc-500">{r.email}</span>
              </Link>
              {r.overdue ? <Badge tone="red">{r.overdue} overdue</Badge> : null}
            </div>
            <dl className="mt-2 grid grid-cols-4 gap-1 text-center">
              {(
                [
                  ["Studied", r.studied],
                  ["Due", r.due],
                  ["Retention", <RetentionValue key="r" value={r.retention} />],
                  ["Quizzes", formatPercent(r.quizMean, 1, 0)],
                ] satisfies [string, ReactNode][]
              ).map(([label, value]) => (
                <div key={label} className="rounded-lg bg-zinc-50 px-1 py-1.5 dark:bg-zinc-800/60">
                  <dt className="text-[11px] text-zinc-500 dark:text-zinc-400">{label}</dt>
                  <dd className="font-semibold tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              Last active {lastActive(r)} · {count(r.reviews30, "review", "reviews")} in 30 d ·{" "}
              {count(r.proofs, "proof", "proofs")} run
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
