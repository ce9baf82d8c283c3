// Builds the service worker (sw/sw.ts → public/sw.js) after `next build`: Serwist's
// "configurator" mode, which works with Turbopack because it reads the build output instead of
// hooking the bundler. Run by `npm run build` (and the start, e2e and bench scripts).
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { serwist } from "@serwist/next/config";

/** Files above this are not precached for everyone: only the proof pages need them (TensorFlow.js). */
const PRECACHE_LIMIT = 1024 * 1024;

const chunks = ".next/static/chunks";
const big = readdirSync(chunks, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".js") && statSync(join(chunks, f)).size > PRECACHE_LIMIT)
  .map((f) => `/_next/static/chunks/${f}`);
const wasm = readdirSync("public/tfjs")
  .filter((f) => f.endsWith(".wasm"))
  .map((f) => `/tfjs/${f}`);

export default await serwist({
  swSrc: "sw/sw.ts",
  swDest: "public/sw.js",
  // The Wasm files and the big TensorFlow.js chunk are cached when a proof page is first opened.
  globIgnores: ["public/tfjs/**", "public/sw.js*", "public/**/*.html"],
  maximumFileSizeToCacheInBytes: PRECACHE_LIMIT,
  additionalPrecacheEntries: [{ url: "/manifest.webmanifest", revision: String(Date.now()) }],
  esbuildOptions: {
    define: {
      __BUILD_ID__: JSON.stringify(Date.now().toString(36)),
      __PROOF_ASSETS__: JSON.stringify([...big, ...wasm]),
    },
  },
});
