import { describeData } from "@/lib/experiments/datasets";
import { formatBytes, formatInt } from "@/lib/experiments/format";
import { flopsPerExample, layerInfos, paramCount } from "@/lib/experiments/layers";
import type { TaskSpec } from "@/lib/experiments/types";
import { count } from "@/lib/plural";

/** The models of each task before anything runs: parameter counts from the formulas, layer by layer. */
export function VariantList({ tasks }: { tasks: TaskSpec[] }) {
  return (
    <div className="space-y-5">
      {tasks.map((task) => (
        <div key={task.id}>
          {tasks.length > 1 ? <h3 className="font-semibold">{task.label}</h3> : null}
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{task.explain}</p>
          <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
            Data: {describeData(task.data)}. Training: {count(task.budget.epochs, "epoch", "epochs")}, batches of{" "}
            {task.budget.batchSize}, Adam with learning rate {task.budget.learningRate}.
          </p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {task.variants.map((v) => {
              const params = paramCount(v.model);
              return (
                <li
                  key={v.id}
                  className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
                  data-testid={`variant-${task.id}-${v.id}`}
                >
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="font-semibold">{v.label}</span>
                    <span className="shrink-0 text-sm tabular-nums">
                      <strong data-testid="param-count">{formatInt(params)}</strong> params · {formatBytes(params * 4)}
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{v.explain}</p>
                  <details className="mt-2 text-sm">
                    <summary className="flex min-h-11 cursor-pointer items-center font-medium text-accent-600 dark:text-accent-400">
                      Layer by layer · {formatInt(flopsPerExample(v.model))} FLOPs per example
                    </summary>
                    <table className="mt-1 w-full text-xs">
                      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                        {layerInfos(v.model).map((l, i) => (
                          <tr key={i}>
                            <td className="py-1 pr-2">{l.name}</td>
                            <td className="py-1 pr-2 text-zinc-500 dark:text-zinc-400">{l.formula}</td>
                            <td className="py-1 text-right tabular-nums">{formatInt(l.params)}</td>
                          </tr>
                        ))}
                        <tr className="font-semibold">
                          <td className="py-1 pr-2" colSpan={2}>
                            Total (what countParams() reports)
                          </td>
                          <td className="py-1 text-right tabular-nums">{formatInt(params)}</td>
                        </tr>
                      </tbody>
                    </table>
                  </details>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
