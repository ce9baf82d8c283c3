import { describe, expect, it } from "vitest";
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { registerWasmConvGrad } from "@/lib/experiments/wasm-conv-grad";

describe("the Wasm backend's missing Conv2DBackpropFilter", () => {
  it("gives the same filter gradient as the CPU backend", async () => {
    registerWasmConvGrad(tf);
    const grads: number[][] = [];
    for (const backend of ["cpu", "wasm"]) {
      expect(await tf.setBackend(backend)).toBe(true);
      const x = tf.tensor3d(
        Array.from({ length: 3 * 20 * 2 }, (_, i) => Math.sin(i)),
        [3, 20, 2],
      );
      const w = tf.tensor3d(
        Array.from({ length: 5 * 2 * 4 }, (_, i) => Math.cos(i)),
        [5, 2, 4],
      );
      const g = tf.grad((k: tf.Tensor) =>
        tf
          .conv1d(x, k as tf.Tensor3D, 1, "valid")
          .relu()
          .square()
          .sum(),
      )(w);
      grads.push(Array.from(g.dataSync()));
      tf.dispose([x, w, g]);
    }
    expect(grads[1]).toHaveLength(40);
    grads[1].forEach((v, i) => expect(v).toBeCloseTo(grads[0][i], 3));
    await tf.setBackend("cpu");
  });
});
