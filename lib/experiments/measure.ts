/**
 * Measurements on a trained model: loss and accuracy, inference time, the decision
 * boundary on a 2-D grid, and accuracy with quantized weights.
 */
import * as tf from "@tensorflow/tfjs";
import {
  dequantizeFloat16,
  dequantizeInt8,
  int8Bytes,
  quantizeFloat16,
  quantizeInt8,
} from "@/lib/experiments/quantize";
import type { QuantResult } from "@/lib/experiments/types";

export type Tensors = { x: tf.Tensor2D; y: tf.Tensor2D; labels: tf.Tensor1D; n: number };

export async function evaluate(model: tf.LayersModel, t: Tensors): Promise<{ loss: number; acc: number }> {
  const [loss, acc] = tf.tidy((): [tf.Tensor, tf.Tensor] => {
    const logits = model.predict(t.x) as tf.Tensor2D;
    return [tf.losses.softmaxCrossEntropy(t.y, logits), logits.argMax(-1).equal(t.labels).cast("float32").mean()];
  });
  const [l, a] = await Promise.all([loss.data(), acc.data()]);
  loss.dispose();
  acc.dispose();
  return { loss: l[0], acc: a[0] };
}

export const GRID = { size: 28, min: -1.3, max: 1.3 };

let gridTensor: tf.Tensor2D | null = null;
function grid(): tf.Tensor2D {
  if (!gridTensor || gridTensor.isDisposed) {
    const { size, min, max } = GRID;
    const pts = new Float32Array(size * size * 2);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) {
        pts[(r * size + c) * 2] = min + ((c + 0.5) / size) * (max - min);
        pts[(r * size + c) * 2 + 1] = max - ((r + 0.5) / size) * (max - min); // row 0 at the top
      }
    gridTensor = tf.keep(tf.tensor2d(pts, [size * size, 2]));
  }
  return gridTensor;
}

/** P(class 1) on a size×size grid, row-major from the top-left, rounded to 2 decimals to keep messages small. */
export async function boundary(model: tf.LayersModel): Promise<number[]> {
  const p = tf.tidy(() => tf.softmax(model.predict(grid()) as tf.Tensor2D).slice([0, 1], [-1, 1]));
  const data = await p.data();
  p.dispose();
  return Array.from(data, (v) => Math.round(v * 100) / 100);
}

/** Test accuracy with the weights stored as float16 and as 8-bit, and the bytes each would take. */
export async function quantizedAccuracy(
  model: tf.LayersModel,
  test: Tensors,
): Promise<{ float32Bytes: number; float16: QuantResult; int8: QuantResult }> {
  // getWeights() returns the live variables, so the float32 values are copied out first to restore them later.
  const original = model.getWeights();
  const shapes = original.map((w) => w.shape);
  const arrays = await Promise.all(original.map((w) => w.data() as Promise<Float32Array>));
  const float32Bytes = arrays.reduce((s, a) => s + a.byteLength, 0);
  const load = (values: Float32Array[]) => {
    const ts = values.map((v, i) => tf.tensor(v, shapes[i]));
    model.setWeights(ts);
    ts.forEach((t) => t.dispose());
  };
  const withWeights = async (values: Float32Array[]) => {
    load(values);
    return (await evaluate(model, test)).acc;
  };
  const halves = arrays.map(quantizeFloat16);
  const bytes8 = arrays.map(quantizeInt8);
  const float16 = {
    bytes: halves.reduce((s, h) => s + h.byteLength, 0),
    testAcc: await withWeights(halves.map(dequantizeFloat16)),
  };
  const int8 = {
    bytes: bytes8.reduce((s, q) => s + int8Bytes(q), 0),
    testAcc: await withWeights(bytes8.map(dequantizeInt8)),
  };
  load(arrays);
  return { float32Bytes, float16, int8 };
}
