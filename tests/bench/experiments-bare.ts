// The bare baseline for the benchmark: the same models, data and budgets trained with
// plain tfjs (tf.model + model.fit), no runner. Runs inside the page (window.tf), so it
// must be self-contained: no imports are available there.
import type * as TF from "@tensorflow/tfjs";
import type { Budget, ModelSpec } from "@/lib/experiments/types";

export type BareJob = { model: ModelSpec; budget: Budget; x: number[]; y: number[]; n: number };

export async function bareTrain({
  jobs,
  backend,
}: {
  jobs: BareJob[];
  backend: string;
}): Promise<{ ms: number; backend: string }> {
  const tf = (window as unknown as { tf: typeof TF }).tf;
  await tf.setBackend(backend);
  await tf.ready();
  const t0 = performance.now();
  for (const job of jobs) {
    const input = tf.input({ shape: [job.model.inputDim] });
    let h: TF.SymbolicTensor = input;
    for (const l of [...job.model.hidden, { kind: "dense" as const, units: job.model.classes }]) {
      const act = "activation" in l && l.activation && l.activation !== "linear" ? l.activation : undefined;
      switch (l.kind) {
        case "dense":
          h = tf.layers.dense({ units: l.units, activation: act }).apply(h) as TF.SymbolicTensor;
          break;
        case "residualDense": {
          const f = tf.layers
            .dense({ units: h.shape[h.shape.length - 1] as number, activation: act })
            .apply(h) as TF.SymbolicTensor;
          h = tf.layers.add().apply([h, f]) as TF.SymbolicTensor;
          break;
        }
        case "reshape":
          h = tf.layers.reshape({ targetShape: l.shape }).apply(h) as TF.SymbolicTensor;
          break;
        case "conv1d":
          h = tf.layers
            .conv1d({ filters: l.filters, kernelSize: l.kernelSize, activation: act })
            .apply(h) as TF.SymbolicTensor;
          break;
        case "globalMaxPool1d":
          h = tf.layers.globalMaxPooling1d({}).apply(h) as TF.SymbolicTensor;
          break;
        case "flatten":
          h = tf.layers.flatten().apply(h) as TF.SymbolicTensor;
          break;
        case "layerNorm":
          h = tf.layers.layerNormalization().apply(h) as TF.SymbolicTensor;
          break;
        case "dropout":
          h = tf.layers.dropout({ rate: l.rate }).apply(h) as TF.SymbolicTensor;
          break;
        default:
          throw new Error(`the bare baseline cannot build layer ${JSON.stringify(l satisfies never)}`);
      }
    }
    const model = tf.model({ inputs: input, outputs: h });
    model.compile({
      optimizer: tf.train.adam(job.budget.learningRate),
      loss: (yt: TF.Tensor, yp: TF.Tensor) => tf.losses.softmaxCrossEntropy(yt, yp),
    });
    const x = tf.tensor2d(job.x, [job.n, job.model.inputDim]);
    const y = tf.oneHot(tf.tensor1d(job.y, "int32"), job.model.classes).cast("float32");
    await model.fit(x, y, {
      epochs: job.budget.epochs,
      batchSize: Math.min(job.budget.batchSize, job.n),
      shuffle: true,
    }); // fit prints nothing in a browser
    tf.dispose([x, y]);
    model.dispose();
  }
  return { ms: performance.now() - t0, backend: tf.getBackend() };
}
