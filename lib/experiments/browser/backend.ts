/**
 * Picks the TensorFlow.js backend inside the worker: WebGL on a real GPU, else Wasm, else
 * the plain-JavaScript CPU backend. A software-rendered WebGL (SwiftShader, llvmpipe) is
 * skipped in "auto": it is slower than Wasm for models this small.
 */
import * as tf from "@tensorflow/tfjs";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import type { BackendChoice, BackendName } from "@/lib/experiments/types";
import { registerWasmConvGrad } from "@/lib/experiments/wasm-conv-grad";

export const WASM_PATH = "/tfjs/";

function webglRenderer(): string | null {
  if (typeof OffscreenCanvas === "undefined") return null;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (!gl) return null;
    const ext = gl.getExtension("WEBGL_debug_renderer_info");
    return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  } catch {
    return null;
  }
}

export type BackendPick = { name: BackendName; notes: string[] };

export async function pickBackend(choice: BackendChoice): Promise<BackendPick> {
  setWasmPaths(WASM_PATH);
  registerWasmConvGrad(tf);
  const notes: string[] = [];
  const order: BackendName[] =
    choice === "auto"
      ? ["webgl", "wasm", "cpu"]
      : [choice, ...(["wasm", "cpu"] as BackendName[]).filter((b) => b !== choice)];
  for (const name of order) {
    if (name === "webgl") {
      const renderer = webglRenderer();
      if (!renderer) {
        notes.push("WebGL is not available in this browser's workers.");
        continue;
      }
      const software = renderer.match(/swiftshader|llvmpipe|software|basic render/i);
      if (choice === "auto" && software) {
        notes.push(
          `WebGL is software-rendered here (${software[0]}), so WebAssembly was used instead: it is faster for models this small.`,
        );
        continue;
      }
    }
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        return { name, notes };
      }
    } catch {
      // fall through to the next backend
    }
    notes.push(`The ${name} backend could not start.`);
  }
  throw new Error("No TensorFlow.js backend could start in this browser.");
}
