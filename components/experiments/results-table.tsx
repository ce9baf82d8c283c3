import { formatBytes, formatInt, formatMs, formatPct, formatPp, formatUs } from "@/lib/experiments/format";
import type { TaskSpec, VariantResult } from "@/lib/experiments/types";

/** Final numbers per model of one task; columns appear only for what the task measured. */
export function ResultsTable({ task, results }: { task: TaskSpec; results: VariantResult[] }) {
  const rows = task.variants.map((v) => ({ spec: v, r: results.find((r) => r.variantId === v.id && r.taskId === task.id) })).filter((x) => x.r);
  if (!rows.length) return null;
  const hasInfer = rows.some((x) => x.r!.inferUs !== undefined);
  const hasQuant = rows.some((x) => x.r!.quant);
  const th = "px-2 py-1.5 text-left font-semibold whitespace-nowrap";
  const td = "px-2 py-1.5 tabular-nums whitespace-nowrap";
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-sm">
        <caption className="sr-only">Final results: {task.label}</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-800/60 dark:text-zinc-300">
          <tr>
            <th className={th}>Model</th>
            <th className={th}>Params</th>
            <th className={th}>Weights</th>
            <th className={th}>Train acc</th>
            <th className={th}>Test acc</th>
            <th className={th}>Gap</th>
            <th className={th}>Per epoch</th>
            {hasInfer ? <th className={th}>Per prediction</th> : null}
            {hasQuant ? <th className={th}>float16</th> : null}
            {hasQuant ? <th className={th}>8-bit</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {rows.map(({ spec, r }) => {
            const last = r!.history[r!.history.length - 1];
            return (
              <tr key={spec.id}>
                <th scope="row" className={`${th} font-medium`}>{spec.label}</th>
                <td className={td}>{formatInt(r!.params)}</td>
                <td className={td}>{formatBytes(r!.weightBytes)}</td>
                <td className={td}>{formatPct(last.trainAcc)}</td>
                <td className={`${td} font-semibold`}>{formatPct(last.testAcc)}</td>
                <td className={td}>{formatPp(last.trainAcc - last.testAcc)}</td>
                <td className={td}>{formatMs(r!.msPerEpoch)}</td>
                {hasInfer ? <td className={td}>{r!.inferUs !== undefined ? formatUs(r!.inferUs) : "—"}</td> : null}
                {hasQuant ? <td className={td}>{r!.quant ? `${formatBytes(r!.quant.float16.bytes)} · ${formatPct(r!.quant.float16.testAcc)}` : "—"}</td> : null}
                {hasQuant ? <td className={td}>{r!.quant ? `${formatBytes(r!.quant.int8.bytes)} · ${formatPct(r!.quant.int8.testAcc)}` : "—"}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
