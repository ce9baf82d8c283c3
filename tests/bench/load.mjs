// `npm run bench:load`: the app under a class, measured from outside against the production build.
//   1. its own database (DATABASE_URL, default file:./data/bench-load.db, recreated), migrated and seeded;
//   2. PROCESSES (1) app processes (scripts/serve.mjs, as `npm start` runs) on BENCH_PORT, +1, …;
//   3. STUDENTS (50) students made by the app's account code (tests/bench/load-students.ts), each
//      signed in through Auth.js's real credentials endpoint;
//   4. autocannon at CONNECTIONS (50) for SECONDS (10) each, loopback only: GET /api/health,
//      POST /api/reviews (a fresh client id per request, random card and rating), then /study,
//      /study/review, /stats and /quizzes as signed-in students; with several processes the
//      connections are split evenly over them (one autocannon each, run together; rates summed,
//      the worst p50/p99 shown);
//   5. on SQLite, the same write (insert a log, upsert a state, one transaction) on raw
//      better-sqlite3 on a copy of the file, for SECONDS;
//   6. exactly-once: every acknowledged grade id is stored, once, and each card state's version
//      equals the number of its review-mode grades.
// Env: SKIP_BUILD=1 to reuse .next, BENCH_PORT (3211), PROCESSES, STUDENTS, CONNECTIONS, SECONDS,
// ONLY=health,grade,... to run a subset, PROFILE_DIR=dir to run the servers under `node --cpu-prof`.
import { spawn } from "node:child_process";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { authSecret, bin, buildApp, prepareDatabase } from "../../scripts/lib.mjs";
import { databaseProvider } from "../../lib/db-url.mjs";
import { benchDb } from "./load-db.mjs";

const env = (k, d) => process.env[k] || d;
const firstPort = Number(env("BENCH_PORT", 3211));
const processes = Number(env("PROCESSES", 1));
const students = Number(env("STUDENTS", 50));
const connections = Number(env("CONNECTIONS", 50));
const seconds = Number(env("SECONDS", 10));
const only = process.env.ONLY?.split(",");
const url = env("DATABASE_URL", "file:./data/bench-load.db");
const sqlite = databaseProvider(url) === "sqlite";
const file = sqlite ? url.replace(/^file:/, "") : null;
const password = "bench-load-pass-42";
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

if (file) for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
const dbEnv = await prepareDatabase({ demo: false, env: { ...process.env, DATABASE_URL: url } });
const db = await benchDb(url);
if (!sqlite) await db.resetStudyTables(); // a PostgreSQL database is reused: start from no grades
const serveEnv = { ...dbEnv, AUTH_SECRET: authSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
if (process.env.SKIP_BUILD !== "1") await buildApp(serveEnv);

const ports = Array.from({ length: processes }, (_, i) => firstPort + i);
const servers = ports.map((port, i) => {
  const prof = process.env.PROFILE_DIR
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR}`, "-r", "./tests/bench/exit-on-signal.cjs"]
    : [];
  const args = [...prof, "scripts/serve.mjs", "--port", String(port), "--hostname", "127.0.0.1"];
  return spawn(process.execPath, args, {
    env: { ...serveEnv, BENCH_PROCESS: String(i) },
    stdio: ["ignore", "ignore", "inherit"],
  });
});
const stop = () => servers.forEach((s) => s.exitCode === null && s.kill("SIGINT"));
process.on("exit", stop);

async function waitFor(port) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on port ${port} did not start`);
}

/** Auth.js's credentials sign-in, as a browser without JavaScript would post it: the session cookie. */
async function signIn(port, email) {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/study` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed (${res.status})`);
  return session.split(";")[0];
}

function tsx(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("tsx"), ["--conditions=react-server", ...args], {
      env: dbEnv,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`tsx ${args[0]} exited ${code}`))));
  });
}

/**
 * CPU time the app processes have used (user + system, from /proc): per request it is the cost
 * of a request whatever else the machine is running, unlike a rate on a shared, busy machine.
 */
function serverCpuMs() {
  let ticks = 0;
  for (const s of servers) {
    try {
      const f = readFileSync(`/proc/${s.pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
    } catch {
      return NaN; // not Linux
    }
  }
  return ticks * 10; // USER_HZ is 100
}

/** One autocannon per process, run together; rates summed, the worst percentiles kept. */
async function drive(name, make) {
  const per = Math.max(1, Math.round(connections / processes));
  const cpu0 = serverCpuMs();
  const t0 = process.hrtime.bigint() / 1000n; // µs on the monotonic clock --cpu-prof stamps samples with
  const runs = await Promise.all(
    ports.map((port) =>
      autocannon({ url: `http://127.0.0.1:${port}`, connections: per, duration: seconds, ...make(port) }),
    ),
  );
  const sum = (f) => runs.reduce((a, r) => a + f(r), 0);
  const max = (f) => Math.max(...runs.map(f));
  if (process.env.PROFILE_DIR)
    console.log(`profile window of ${name}: --window ${t0}-${process.hrtime.bigint() / 1000n}`);
  const bad = `${sum((r) => r.non2xx + r.errors - r.timeouts)}/${sum((r) => r.timeouts)}`; // refused or failed / timed out (10 s)
  const cpuPerReq =
    (serverCpuMs() - cpu0) /
    Math.max(
      1,
      sum((r) => r.requests.total),
    );
  return {
    cpuPerReq,
    name,
    rps: sum((r) => r.requests.total) / seconds,
    p50: max((r) => r.latency.p50),
    p99: max((r) => r.latency.p99),
    errors: bad,
    load: load(),
  };
}

const rows = [];
try {
  const made = JSON.parse(await tsx(["tests/bench/load-students.ts", String(students), `s${Date.now()}`, password]));
  await Promise.all(ports.map(waitFor));
  const cookies = [];
  for (const [i, email] of made.emails.entries()) cookies.push(await signIn(ports[i % ports.length], email));
  const cards = made.cards;
  console.log(
    `${students} students signed in, ${cards.length} cards, ${processes} process(es), c=${connections}, ${seconds} s each, load ${load()}`,
  );

  let next = 0;
  const acked = [];
  const want = (n) => !only || only.includes(n);
  if (want("health")) rows.push(await drive("GET /api/health", () => ({})));
  if (want("grade"))
    rows.push(
      await drive("POST /api/reviews", () => ({
        requests: [
          {
            method: "POST",
            setupRequest: (req, context) => {
              const n = next++;
              context.id = randomUUID();
              const body = {
                id: context.id,
                cardId: cards[(n * 7) % cards.length],
                rating: 1 + (n % 4),
                mode: "review",
                reviewedAt: new Date().toISOString(),
              };
              return {
                ...req,
                headers: { "content-type": "application/json", cookie: cookies[n % cookies.length] },
                body: JSON.stringify(body),
              };
            },
            onResponse: (status, _body, context) => status === 200 && acked.push(context.id),
            path: "/api/reviews",
          },
        ],
      })),
    );
  for (const path of ["/study", "/study/review", "/stats", "/quizzes"]) {
    if (!want(path)) continue;
    rows.push(
      await drive(`GET ${path}`, () => ({
        requests: [
          { path, setupRequest: (req) => ({ ...req, headers: { cookie: cookies[next++ % cookies.length] } }) },
        ],
      })),
    );
  }
  stop();
  await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((r) => s.on("exit", r)) : null)));

  if (want("grade")) {
    if (file) {
      const copy = join(tmpdir(), `bench-load-raw-${process.pid}.db`);
      await db.checkpoint();
      copyFileSync(file, copy);
      rows.push({ ...(await rawWrite(copy, made.cards, seconds)), load: load() });
      rmSync(copy, { force: true });
    }
    const check = await db.exactlyOnce(acked);
    console.log(
      `exactly-once: ${acked.length} grades acknowledged, ${check.storedAcked} of them stored (${check.distinctAcked} distinct ids), ` +
        `${check.total} review logs in all; card states whose version ≠ their review-mode grades: ${check.badStates} of ${check.states}`,
    );
    if (check.storedAcked !== acked.length || check.distinctAcked !== acked.length || check.badStates !== 0)
      process.exitCode = 1;
  }
} finally {
  stop();
  await db.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\n${pad("what", 26)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("err/t.o.", 10)}${pad("CPU ms/req", 12)}load (1/5/15 min)`,
);
for (const r of rows)
  console.log(
    `${pad(r.name, 26)}${pad(r.rps.toFixed(0), 10)}${pad(r.p50 ?? "", 9)}${pad(r.p99 ?? "", 9)}${pad(r.errors ?? "", 10)}${pad(r.cpuPerReq === undefined ? "" : r.cpuPerReq.toFixed(1), 12)}${r.load}`,
  );
const rate = (n) => rows.find((r) => r.name === n)?.rps;
const health = rate("GET /api/health");
const ratio = (a, b) => (a && b ? `${((100 * a) / b).toFixed(0)}%` : "n/a");
console.log(
  `\ngrade/health ${ratio(rate("POST /api/reviews"), health)} (target ≥ 60%), grade/raw ${ratio(rate("POST /api/reviews"), rate("raw better-sqlite3 write"))}`,
);
for (const p of ["/study", "/study/review", "/stats", "/quizzes"])
  console.log(`${p}/health ${ratio(rate(`GET ${p}`), health)}`);

/** The grade's write on raw better-sqlite3: insert a log, upsert the state and the two day rollups, one transaction each. */
async function rawWrite(copy, cards, secs) {
  const { default: Database } = await import("better-sqlite3");
  const raw = new Database(copy);
  raw.pragma("journal_mode = WAL");
  raw.pragma("busy_timeout = 5000");
  const user = raw.prepare("SELECT id FROM User LIMIT 1").get().id;
  const log = raw.prepare(
    "INSERT INTO ReviewLog (id, userId, cardId, rating, mode, reviewedAt, createdAt, stateBefore, stateAfter, prevState) VALUES (?, ?, ?, 3, 'review', ?, ?, '{}', '{}', 2)",
  );
  const upsert = raw.prepare(
    "INSERT INTO CardState (id, userId, cardId, due, stability, difficulty, version, updatedAt) VALUES (?, ?, ?, ?, 1.5, 5, 1, ?) " +
      "ON CONFLICT (userId, cardId) DO UPDATE SET due = excluded.due, stability = stability + 0.1, version = version + 1, updatedAt = excluded.updatedAt",
  );
  // The per-day rollups the grade path keeps beside the log (lib/server/review-day.ts), so the raw
  // write is still the same write as the app's.
  const day = raw.prepare(
    `INSERT INTO "ReviewDay" ("id", "userId", "day", "reviews", "base", "passed", "practice") VALUES (?, ?, ?, 1, 1, 1, 0) ` +
      `ON CONFLICT ("id") DO UPDATE SET "reviews" = "ReviewDay"."reviews" + excluded."reviews", "base" = "ReviewDay"."base" + excluded."base", "passed" = "ReviewDay"."passed" + excluded."passed", "practice" = "ReviewDay"."practice" + excluded."practice"`,
  );
  const cardDay = raw.prepare(
    `INSERT INTO "ReviewCardDay" ("id", "userId", "cardId", "day", "graded", "again") VALUES (?, ?, ?, ?, 1, 0) ` +
      `ON CONFLICT ("id") DO UPDATE SET "graded" = "ReviewCardDay"."graded" + excluded."graded", "again" = "ReviewCardDay"."again" + excluded."again"`,
  );
  const write = raw.transaction((cardId, now) => {
    const d = new Date(now).toISOString().slice(0, 10);
    log.run(randomUUID(), user, cardId, now, now);
    upsert.run(randomUUID(), user, cardId, now + 86_400_000, now);
    day.run(`${user}|${d}`, user, d);
    cardDay.run(`${user}|${cardId}|${d}`, user, cardId, d);
  });
  let n = 0;
  const end = performance.now() + secs * 1000;
  while (performance.now() < end) for (let k = 0; k < 100; k++) write(cards[n++ % cards.length], Date.now());
  raw.close();
  return { name: "raw better-sqlite3 write", rps: n / secs };
}
