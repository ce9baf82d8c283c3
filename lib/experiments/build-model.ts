/**
 * Turns a declarative ModelSpec into a tfjs model with seeded initial weights: the same
 * seed gives the same starting point on every backend. Layers are named `l<i>_…` so tests
 * can match each spec layer to the tfjs layers built for it.
 */
import * as tf from "@tensorflow/tfjs";
import { allLayers } from "@/lib/experiments/layers";
import { seedFrom } from "@/lib/experiments/prng";
import type { ModelSpec } from "@/lib/experiments/types";

const activation = (a?: string) => (a && a !== "linear" ? (a as "relu" | "tanh") : undefined);

export function buildModel(spec: ModelSpec, seed: number, name = "model"): tf.LayersModel {
  const input = tf.input({ shape: [spec.inputDim], name: `${name}_in` });
  let x: tf.SymbolicTensor = input;
  allLayers(spec).forEach((layer, i) => {
    const kernelInitializer = tf.initializers.glorotUniform({ seed: seedFrom(seed, i, "kernel") });
    const id = `l${i}`;
    switch (layer.kind) {
      case "dense":
        x = tf.layers
          .dense({
            name: `${id}_dense`,
            units: layer.units,
            activation: activation(layer.activation),
            kernelInitializer,
          })
          .apply(x) as tf.SymbolicTensor;
        break;
      case "residualDense": {
        const units = x.shape[x.shape.length - 1] as number;
        const h = tf.layers
          .dense({ name: `${id}_dense`, units, activation: activation(layer.activation), kernelInitializer })
          .apply(x) as tf.SymbolicTensor;
        x = tf.layers.add({ name: `${id}_skip` }).apply([x, h]) as tf.SymbolicTensor;
        break;
      }
      case "reshape":
        x = tf.layers.reshape({ name: `${id}_reshape`, targetShape: layer.shape }).apply(x) as tf.SymbolicTensor;
        break;
      case "conv1d":
        x = tf.layers
          .conv1d({
            name: `${id}_conv`,
            filters: layer.filters,
            kernelSize: layer.kernelSize,
            activation: activation(layer.activation),
            kernelInitializer,
          })
          .apply(x) as tf.SymbolicTensor;
        break;
      case "globalMaxPool1d":
        x = tf.layers.globalMaxPooling1d({ name: `${id}_maxpool` }).apply(x) as tf.SymbolicTensor;
        break;
      case "flatten":
        x = tf.layers.flatten({ name: `${id}_flatten` }).apply(x) as tf.SymbolicTensor;
        break;
      case "layerNorm":
        x = tf.layers.layerNormalization({ name: `${id}_layernorm` }).apply(x) as tf.SymbolicTensor;
        break;
      case "dropout":
        x = tf.layers
          .dropout({ name: `${id}_dropout`, rate: layer.rate, seed: seedFrom(seed, i, "dropout") })
          .apply(x) as tf.SymbolicTensor;
        break;
    }
  });
  return tf.model({ inputs: input, outputs: x, name });
}

/** countParams() per spec layer, in order, read from the built model (not from the formulas). */
export function measuredLayerParams(model: tf.LayersModel, spec: ModelSpec): number[] {
  return allLayers(spec).map((_, i) =>
    model.layers.filter((l) => l.name.startsWith(`l${i}_`)).reduce((s, l) => s + l.countParams(), 0),
  );
}
