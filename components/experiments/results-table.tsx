import { formatBytes, formatInt, formatMs, formatPct, formatPp, formatUs } from "@/lib/experiments/format";
import type { ResultColumn, TaskSpec, VariantResult } from "@/lib/experiments/types";

type Row = { label: string; r: VariantResult };
/** `wrap`: the cell holds two facts, one per line (bytes, then accuracy). */
type Column = { head: string; cell: (r: VariantResult) => string; strong?: boolean; wrap?: boolean };

function columns(rows: Row[]): Column[] {
  const last = (r: VariantResult) => r.history[r.history.length - 1];
  const cols: Column[] = [
    { head: "Params", cell: (r) => formatInt(r.params) },
    { head: "Weights", cell: (r) => formatBytes(r.weightBytes) },
    { head: "Train acc", cell: (r) => formatPct(last(r).trainAcc) },
    { head: "Test acc", cell: (r) => formatPct(last(r).testAcc), strong: true },
    { head: "Gap", cell: (r) => formatPp(last(r).trainAcc - last(r).testAcc) },
    { head: "Per epoch", cell: (r) => formatMs(r.msPerEpoch) },
  ];
  if (rows.some((x) => x.r.inferUs !== undefined))
    cols.push({ head: "Per prediction", cell: (r) => (r.inferUs !== undefined ? formatUs(r.inferUs) : "—") });
  if (rows.some((x) => x.r.quant)) {
    cols.push({
      head: "float16",
      cell: (r) => (r.quant ? `${formatBytes(r.quant.float16.bytes)}\n${formatPct(r.quant.float16.testAcc)}` : "—"),
      wrap: true,
    });
    cols.push({
      head: "8-bit",
      cell: (r) => (r.quant ? `${formatBytes(r.quant.int8.bytes)}\n${formatPct(r.quant.int8.testAcc)}` : "—"),
      wrap: true,
    });
  }
  return cols;
}

/**
 * Final numbers per model of one task: a table on wide screens, one compact card per model on
 * phones. `extra`: the experiment's own columns once the run is complete (e.g. "Frontier").
 */
export function ResultsTable({
  task,
  results,
  extra = [],
}: {
  task: TaskSpec;
  results: VariantResult[];
  extra?: ResultColumn[];
}) {
  const rows: Row[] = task.variants.flatMap((v) => {
    const r = results.find((x) => x.variantId === v.id && x.taskId === task.id);
    return r ? [{ label: v.label, r }] : [];
  });
  if (!rows.length) return null;
  const cols = [
    ...columns(rows),
    ...extra
      .filter((c) => c.taskId === task.id)
      .map((c): Column => ({ head: c.head, cell: (r) => c.cells[r.variantId] ?? "—", strong: true })),
  ];
  const th = "px-2 py-1.5 text-left font-semibold whitespace-nowrap";
  return (
    <>
      <ul className="grid gap-2 sm:hidden" aria-label={`Final results: ${task.label}`}>
        {rows.map(({ label, r }) => (
          <li key={label} className="rounded-xl border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <p className="font-semibold">{label}</p>
            <dl className="mt-1 grid grid-cols-3 gap-x-2 gap-y-1">
              {cols.map((c) => (
                <div key={c.head}>
                  <dt className="text-xs text-zinc-500 dark:text-zinc-400">{c.head}</dt>
                  <dd
                    className={`tabular-nums ${c.strong ? "font-semibold" : ""} ${c.wrap ? "whitespace-pre-line" : ""}`}
                  >
                    {c.cell(r)}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl border border-zinc-200 sm:block dark:border-zinc-800">
        <table className="w-full text-sm">
          <caption className="sr-only">Final results: {task.label}</caption>
          <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-800/60 dark:text-zinc-300">
            <tr>
              <th className={th}>Model</th>
              {cols.map((c) => (
                <th key={c.head} className={th}>
                  {c.head}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {rows.map(({ label, r }) => (
              <tr key={label}>
                <th scope="row" className={`${th} font-medium`}>
                  {label}
                </th>
                {cols.map((c) => (
                  <td
                    key={c.head}
                    className={`px-2 py-1.5 tabular-nums ${c.wrap ? "whitespace-pre-line" : "whitespace-nowrap"} ${c.strong ? "font-semibold" : ""}`}
                  >
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
