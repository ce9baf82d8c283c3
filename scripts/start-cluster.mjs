// `npm run start:cluster -- N`: `npm start` with N `next start` processes on PORT, PORT+1, …
// PORT+N-1 (default 3000), one database (DATABASE_URL: PostgreSQL, or the SQLite file in WAL mode
// when every process is on this machine) and one AUTH_SECRET, for any HTTP load balancer to spread
// requests over. The processes keep nothing between requests that another would need: sessions
// are signed cookies, and everything else is in the database.
//
// Several machines: run this on each with the same DATABASE_URL (PostgreSQL) and AUTH_SECRET, and
// SKIP_PREPARE=1 on all but one (only one should migrate and seed; both are safe to repeat).
// Options: --demo adds the demo accounts (as `npm start` does); SKIP_BUILD=1 serves the last build.
import { spawn } from "node:child_process";
import { authSecret, bin, buildApp, prepareDatabase } from "./lib.mjs";
import { copyTfjsWasm } from "./copy-tfjs-wasm.mjs";
import { databaseProvider, databaseUrl } from "../lib/db-url.mjs";

const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 2);
if (!Number.isInteger(count) || count < 1 || count > 64) {
  console.error("usage: npm run start:cluster -- <processes 1–64> [--demo]");
  process.exit(2);
}
const first = Number(process.env.PORT || 3000);
const url = databaseUrl();
if (databaseProvider(url) === "postgresql" && !process.env.AUTH_SECRET) {
  console.warn(
    "⚠ AUTH_SECRET is not set: this machine's processes share data/.auth-secret, but processes on another machine\n" +
      "  would not accept their sessions. Set the same AUTH_SECRET everywhere (e.g. `openssl rand -base64 32`).",
  );
}
const env =
  process.env.SKIP_PREPARE === "1"
    ? { ...process.env, DATABASE_URL: url }
    : await prepareDatabase({ demo: process.argv.includes("--demo") });
const serveEnv = { ...env, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
copyTfjsWasm();
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);

const ports = Array.from({ length: count }, (_, i) => first + i);
const children = ports.map((port) => {
  const child = spawn(bin("next"), ["start", "-p", String(port)], { env: serveEnv, stdio: ["ignore", "pipe", "pipe"] });
  const tag = `[${port}] `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => process.stdout.write(String(chunk).replace(/^(?=.)/gm, tag)));
  }
  child.on("exit", (code, signal) => {
    console.log(`${tag}exited (${signal ?? code})`);
    if (!stopping) stop(1); // one process down: stop all, so a supervisor restarts the set
  });
  return child;
});

console.log(
  `\n${count} processes on ${ports.map((p) => `http://localhost:${p}`).join(", ")} (${databaseProvider(url)}).\n` +
    "Point a load balancer at them, e.g. nginx:  upstream paramlab { " +
    ports.map((p) => `server 127.0.0.1:${p};`).join(" ") +
    " }\nHealth check: GET /api/health on each. Ctrl-C stops them all.\n",
);

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 5_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on("exit", r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
