/**
 * A tiny description of a Keras-style sequential model, enough to count its parameters by
 * formula here and to build the same model in TensorFlow.js in the tests (which check the
 * formula against tfjs `countParams()`). The per-layer formulas are lib/nn/param-count.ts,
 * shared with the proofs.
 */
import { convParams, denseParams, layerNormParams, NO_PARAMS } from "@/lib/nn/param-count";

export type LayerSpec =
  | { kind: "dense"; units: number; activation?: "relu" | "softmax" | "linear" }
  | { kind: "conv1d"; filters: number; kernel: number }
  | { kind: "conv2d"; filters: number; kernel: number }
  | { kind: "flatten" }
  | { kind: "layerNorm" }
  | { kind: "dropout"; rate: number };

export type ModelSpec = { input: number[]; layers: LayerSpec[] };

export type LayerCount = { layer: LayerSpec; params: number; formula: string; output: number[] };

/** Parameters per layer, tracking the output shape ("same" padding, stride 1 for convolutions). */
export function countLayers(spec: ModelSpec): LayerCount[] {
  let shape = spec.input.slice();
  return spec.layers.map((layer) => {
    const last = shape[shape.length - 1];
    let count = NO_PARAMS;
    switch (layer.kind) {
      case "dense":
        // Keras applies Dense to the last axis only.
        count = denseParams(last, layer.units);
        shape = [...shape.slice(0, -1), layer.units];
        break;
      case "conv1d":
      case "conv2d":
        count = convParams(
          layer.kind === "conv1d" ? [layer.kernel] : [layer.kernel, layer.kernel],
          last,
          layer.filters,
        );
        shape = [...shape.slice(0, -1), layer.filters];
        break;
      case "flatten":
        shape = [shape.reduce((a, b) => a * b, 1)];
        break;
      case "layerNorm":
        count = layerNormParams(last);
        break;
      case "dropout":
        break;
    }
    return { layer, ...count, output: shape.slice() };
  });
}

export function countParams(spec: ModelSpec): number {
  return countLayers(spec).reduce((s, l) => s + l.params, 0);
}
