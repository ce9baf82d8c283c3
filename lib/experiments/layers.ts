/**
 * Declarative layers and their closed-form parameter counts. The page shows these before
 * anything runs; tests check every formula against tfjs `countParams()` on the built model.
 * The per-layer formulas are lib/nn/param-count.ts, shared with the quiz generators.
 */
import { convParams, denseParams, layerNormParams } from "@/lib/nn/param-count";

export type Activation = "relu" | "tanh" | "linear";

export type LayerSpec =
  | { kind: "dense"; units: number; activation?: Activation }
  /** out = x + act(W x + b): the skip itself has no parameters */
  | { kind: "residualDense"; activation?: Activation }
  | { kind: "reshape"; shape: [number, number] }
  | { kind: "conv1d"; filters: number; kernelSize: number; activation?: Activation }
  | { kind: "globalMaxPool1d" }
  | { kind: "flatten" }
  | { kind: "layerNorm" }
  | { kind: "dropout"; rate: number };

/**
 * A model as data: input width, hidden layers, one logit per class. It is declared here,
 * beside the layers it is made of, so this module needs nothing from types.ts (which
 * re-exports it); the two used to import each other.
 */
export type ModelSpec = { inputDim: number; hidden: LayerSpec[]; classes: number };

/** Shape after the layer, without the batch axis. */
type Shape = number[];

export type LayerInfo = {
  name: string;
  params: number;
  /** how the count is made, e.g. "32·64 + 64" */
  formula: string;
  /** multiply–adds ×2 per example */
  flops: number;
  outShape: Shape;
};

const act = (a?: Activation) => (a && a !== "linear" ? `, ${a === "relu" ? "ReLU" : "tanh"}` : "");
const last = (s: Shape) => s[s.length - 1];

function info(layer: LayerSpec, inShape: Shape): LayerInfo {
  switch (layer.kind) {
    case "dense": {
      if (inShape.length !== 1)
        throw new Error("A dense layer here needs a flat input: add a flatten or pooling layer first.");
      const n = inShape[0];
      return {
        name: `Dense ${n} → ${layer.units}${act(layer.activation)}`,
        ...denseParams(n, layer.units),
        flops: 2 * n * layer.units,
        outShape: [layer.units],
      };
    }
    case "residualDense": {
      const n = inShape[0];
      const dense = denseParams(n, n);
      return {
        name: `Dense ${n} → ${n}${act(layer.activation)} + skip`,
        params: dense.params,
        formula: `${dense.formula} (skip: 0)`,
        flops: 2 * n * n + n,
        outShape: [n],
      };
    }
    case "reshape": {
      const size = layer.shape[0] * layer.shape[1];
      if (size !== inShape.reduce((a, b) => a * b, 1)) throw new Error("Reshape must keep the number of values.");
      return {
        name: `Reshape to ${layer.shape[0]}×${layer.shape[1]}`,
        params: 0,
        formula: "0",
        flops: 0,
        outShape: [...layer.shape],
      };
    }
    case "conv1d": {
      if (inShape.length !== 2) throw new Error("conv1d needs a [length, channels] input.");
      const [len, cin] = inShape;
      const outLen = len - layer.kernelSize + 1;
      const k = layer.kernelSize;
      return {
        name: `Conv1D ${layer.filters} filters × ${k} taps${act(layer.activation)} (shared over ${outLen} positions)`,
        ...convParams([k], cin, layer.filters),
        flops: 2 * k * cin * layer.filters * outLen,
        outShape: [outLen, layer.filters],
      };
    }
    case "globalMaxPool1d":
      return { name: `Max over positions`, params: 0, formula: "0", flops: 0, outShape: [last(inShape)] };
    case "flatten": {
      const size = inShape.reduce((a, b) => a * b, 1);
      return { name: "Flatten", params: 0, formula: "0", flops: 0, outShape: [size] };
    }
    case "layerNorm": {
      const d = last(inShape);
      const norm = layerNormParams(d);
      return {
        name: `LayerNorm over ${d}`,
        params: norm.params,
        formula: `${norm.formula} (γ, β)`,
        flops: 8 * d,
        outShape: inShape,
      };
    }
    case "dropout":
      return { name: `Dropout ${Math.round(layer.rate * 100)}%`, params: 0, formula: "0", flops: 0, outShape: inShape };
  }
}

/** The hidden layers followed by the output layer (a linear dense layer with one logit per class). */
export function allLayers(model: ModelSpec): LayerSpec[] {
  return [...model.hidden, { kind: "dense", units: model.classes }];
}

export function layerInfos(model: ModelSpec): LayerInfo[] {
  let shape: Shape = [model.inputDim];
  return allLayers(model).map((layer) => {
    const i = info(layer, shape);
    shape = i.outShape;
    return i;
  });
}

export function paramCount(model: ModelSpec): number {
  return layerInfos(model).reduce((s, l) => s + l.params, 0);
}

export function flopsPerExample(model: ModelSpec): number {
  return layerInfos(model).reduce((s, l) => s + l.flops, 0);
}

/** A plain MLP: input → hidden widths (ReLU) → output. */
export function mlp(inputDim: number, widths: number[], classes = 2, activation: Activation = "relu"): ModelSpec {
  return { inputDim, classes, hidden: widths.map((units) => ({ kind: "dense" as const, units, activation })) };
}

/** Weight sharing on a sequence: `filters` filters of `kernelSize` taps slide along it, and each keeps its strongest response. */
export function sharedFilter(length: number, filters: number, kernelSize: number, classes = 2): ModelSpec {
  return {
    inputDim: length,
    classes,
    hidden: [
      { kind: "reshape", shape: [length, 1] },
      { kind: "conv1d", filters, kernelSize, activation: "relu" },
      { kind: "globalMaxPool1d" },
    ],
  };
}
