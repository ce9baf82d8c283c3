// Copies the TensorFlow.js Wasm binaries into public/tfjs/ (git-ignored), where the
// experiment worker loads them: setWasmPaths("/tfjs/") makes the Wasm backend fetch
// /tfjs/tfjs-backend-wasm{,-simd,-threaded-simd}.wasm, picking one by what the browser supports.
// Runs from postinstall and before build/dev, so the files always match the installed version.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export function copyTfjsWasm(root = join(dirname(fileURLToPath(import.meta.url)), "..")) {
  const require = createRequire(join(root, "package.json"));
  const dist = join(dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json")), "dist");
  const out = join(root, "public", "tfjs");
  mkdirSync(out, { recursive: true });
  const files = readdirSync(dist).filter((f) => f.endsWith(".wasm"));
  if (files.length === 0) throw new Error(`No .wasm files in ${dist}`);
  for (const f of files) copyFileSync(join(dist, f), join(out, f));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = copyTfjsWasm();
  console.log(`tfjs: copied ${files.length} Wasm files to public/tfjs/`);
}
