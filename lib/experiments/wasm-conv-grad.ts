/**
 * The Wasm backend of TensorFlow.js 4.22 has no Conv2DBackpropFilter kernel, so a
 * convolution cannot be trained on it ("Kernel 'Conv2DBackpropFilter' not registered").
 * This registers one, computed in plain JavaScript (channels-last, dilation 1, like the
 * CPU backend's): our filters are tiny, so this costs little. Self-contained on purpose:
 * the benchmark's bare script installs the same function in the page.
 */
import type * as TF from "@tensorflow/tfjs";

type WasmLike = {
  readSync(dataId: unknown): Float32Array;
  makeOutput(shape: number[], dtype: string): { dataId: unknown; shape: number[]; dtype: string };
  typedArrayFromHeap(t: { dataId: unknown; shape: number[]; dtype: string }): Float32Array;
};

export function registerWasmConvGrad(tf: typeof TF) {
  const name = "Conv2DBackpropFilter";
  // tfjs types getKernel as always found; it is undefined until the kernel is registered.
  const registered = tf.getKernel(name, "wasm") as TF.KernelConfig | undefined;
  if (registered) return;
  tf.registerKernel({
    kernelName: name,
    backendName: "wasm",
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs as unknown as Record<"x" | "dy", { dataId: unknown; shape: number[] }>;
      const a = attrs as unknown as {
        strides: [number, number] | number;
        pad: "valid" | "same" | number;
        dataFormat: "NHWC" | "NCHW";
        dimRoundingMode?: "floor" | "round" | "ceil";
        filterShape: [number, number, number, number];
      };
      if (a.dataFormat === "NCHW") throw new Error("Conv2DBackpropFilter on wasm: only channels-last is supported.");
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number],
        a.filterShape,
        a.strides,
        1,
        a.pad,
        a.dimRoundingMode,
        false,
        "channelsLast",
      );
      const b = backend as unknown as WasmLike;
      const xv = b.readSync(x.dataId);
      const dyv = b.readSync(dy.dataId);
      const [, H, W, C] = x.shape;
      const [, OH, OW, O] = dy.shape;
      const out = b.makeOutput(info.filterShape, "float32");
      const dW = b.typedArrayFromHeap(out);
      const { strideHeight: sh, strideWidth: sw, filterHeight: fh, filterWidth: fw } = info;
      const top = info.padInfo.top;
      const left = info.padInfo.left;
      for (let wr = 0; wr < fh; wr++)
        for (let wc = 0; wc < fw; wc++)
          for (let ci = 0; ci < C; ci++)
            for (let co = 0; co < O; co++) {
              let sum = 0;
              for (let n = 0; n < info.batchSize; n++)
                for (let yr = 0; yr < OH; yr++) {
                  const xr = wr + yr * sh - top;
                  if (xr < 0 || xr >= H) continue;
                  for (let yc = 0; yc < OW; yc++) {
                    const xc = wc + yc * sw - left;
                    if (xc < 0 || xc >= W) continue;
                    sum += xv[((n * H + xr) * W + xc) * C + ci] * dyv[((n * OH + yr) * OW + yc) * O + co];
                  }
                }
              dW[((wr * fw + wc) * C + ci) * O + co] = sum;
            }
      return out as unknown as TF.TensorInfo;
    },
  });
}
