import { LineChart, type Series } from "@/components/charts/line-chart";
import { SERIES_COLORS } from "@/components/charts/scale";
import { keyOf } from "@/lib/experiments/run-state";
import type { EpochMetrics, TaskSpec } from "@/lib/experiments/types";

/** Training loss and test accuracy per epoch, one line per model; redrawn as epochs stream in. */
export function LiveCharts({ task, history }: { task: TaskSpec; history: Record<string, EpochMetrics[]> }) {
  const series = (metric: (h: EpochMetrics) => number): Series[] =>
    task.variants.map((v, i) => ({
      name: v.label,
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      points: (history[keyOf(task.id, v.id)] ?? []).map((h) => ({ x: h.epoch, y: metric(h) })),
    }));
  const all = task.variants.flatMap((v) => history[keyOf(task.id, v.id)] ?? []);
  const lowAcc = Math.min(0.4, ...all.map((h) => h.testAcc));
  const maxLoss = Math.max(0.1, ...all.map((h) => h.trainLoss));
  const xDomain: [number, number] = [1, Math.max(2, task.budget.epochs)];
  return (
    <div className="grid gap-4 sm:grid-cols-2" data-testid={`charts-${task.id}`} data-points={all.length}>
      <LineChart
        title={`Training loss per epoch: ${task.label}`}
        series={series((h) => h.trainLoss)}
        xDomain={xDomain}
        xIntegers
        yDomain={[0, maxLoss]}
        xLabel="epoch"
        yLabel="training loss (cross-entropy)"
        height={190}
      />
      <LineChart
        title={`Test accuracy per epoch: ${task.label}`}
        series={series((h) => h.testAcc)}
        xDomain={xDomain}
        xIntegers
        yDomain={[Math.floor(lowAcc * 10) / 10, 1]}
        xLabel="epoch"
        yLabel="test accuracy (%)"
        yFormat="percent"
        height={190}
      />
    </div>
  );
}
