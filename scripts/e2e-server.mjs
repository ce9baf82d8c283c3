// The server Playwright starts: a fresh SQLite file (E2E_DATABASE_URL, default data/e2e.db),
// migrated and seeded with the demo accounts, a production build, served on E2E_PORT (default 3100).
import { rmSync } from "node:fs";
import { buildApp, prepareDatabase, run } from "./lib.mjs";
import { copyTfjsWasm } from "./copy-tfjs-wasm.mjs";

const port = process.env.E2E_PORT || "3100";
const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
const file = url.replace(/^file:/, "");
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const env = await prepareDatabase({ demo: true, env: { ...process.env, DATABASE_URL: url } });
const serveEnv = {
  ...env,
  AUTH_SECRET: process.env.AUTH_SECRET || "e2e-secret-0123456789abcdef0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
copyTfjsWasm(); // the experiment worker fetches the Wasm backend from public/tfjs/
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);
// scripts/serve.mjs (what `npm start` serves through), on loopback only.
await run(process.execPath, ["scripts/serve.mjs", "--port", port, "--hostname", "127.0.0.1"], serveEnv);
