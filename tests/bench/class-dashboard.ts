// `npm run bench:classes`: server time of the class dashboard and the item analysis for a
// class of 1,000 students with a year of reviews (~5.2 million review logs). Seeds its own
// SQLite file under the OS temp folder (kept and reused while the seed is unchanged, newer
// migrations applied to it as an upgrade; BENCH_FRESH=1 reseeds), then calls the lib/server functions directly, as a page would.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DAYS, REVIEWS_PER_WEEK, SEED_SCHEMA, seedBenchDatabase, STUDENTS } from "./class-seed";

const RUNS = Number(process.env.BENCH_RUNS || 7);
const now = new Date("2026-11-28T12:00:00Z");

/**
 * The cached file's key: the seed's own version — the migrations it is written against (up to
 * SEED_SCHEMA), its code and its size. Later migrations do not change the key: they are applied
 * to the cached file as an upgrade would apply them (see upgrade below), so a new migration costs
 * its own run time (its backfill over five million logs, printed), not a reseed.
 */
function seedKey() {
  const h = createHash("sha256");
  for (const n of migrationNames().filter((n) => n <= SEED_SCHEMA))
    h.update(n).update(readFileSync(join(MIGRATIONS, n, "migration.sql")));
  return h
    .update(readFileSync(join(process.cwd(), "tests", "bench", "class-seed.ts")))
    .update(String(STUDENTS))
    .digest("hex")
    .slice(0, 12);
}

const MIGRATIONS = join(process.cwd(), "prisma", "migrations");
const migrationNames = () =>
  readdirSync(MIGRATIONS)
    .filter((x) => /^\d+_/.test(x))
    .sort();

/** Applies the migrations the cached file has not seen yet (a fresh seed has seen them all). */
function upgrade(file: string, fresh: boolean) {
  const sqlite = new Database(file);
  sqlite.exec(`CREATE TABLE IF NOT EXISTS "_bench_applied" ("name" TEXT PRIMARY KEY)`);
  const done = new Set(sqlite.prepare(`SELECT "name" FROM "_bench_applied"`).pluck().all() as string[]);
  const mark = sqlite.prepare(`INSERT INTO "_bench_applied" ("name") VALUES (?)`);
  for (const name of migrationNames().filter((n) => !done.has(n))) {
    if (fresh || name <= SEED_SCHEMA) {
      mark.run(name);
      continue;
    }
    const t = performance.now();
    sqlite.transaction(() => {
      sqlite.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
      mark.run(name);
    })();
    console.log(`applied ${name} to the cached file in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  sqlite.close();
}

async function main() {
  const folder = join(tmpdir(), "paramlab-bench");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `classes-${seedKey()}.db`);
  const fresh = process.env.BENCH_FRESH === "1" || !existsSync(file);
  if (fresh) {
    for (const old of readdirSync(folder).filter((n) => n.startsWith("classes-")))
      rmSync(join(folder, old), { force: true });
    const t0 = performance.now();
    console.log(`seeding ${STUDENTS} students × ${DAYS} days × ~${REVIEWS_PER_WEEK} reviews/week into ${file} …`);
    const { logs } = seedBenchDatabase(file, now);
    console.log(`seeded ${logs.toLocaleString("en")} review logs in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } else console.log(`reusing ${file} (BENCH_FRESH=1 to reseed)`);
  upgrade(file, fresh);
  process.env.DATABASE_URL = `file:${file}`;

  // A client that reports its SQL, installed where lib/db looks for its singleton, so the
  // query plans of the statements the dashboard really runs can be printed below.
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const seen = new Map<string, string>();
  const logging = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${file}` }),
    log: [{ emit: "event", level: "query" }],
  });
  logging.$on("query", (e) => {
    if (/ReviewLog/.test(e.query) && !seen.has(e.query)) seen.set(e.query, e.params);
  });
  (globalThis as { prisma?: unknown }).prisma = logging;
  // Imported only now: lib/db reads DATABASE_URL (and the singleton above) when it loads.
  const { db } = await import("@/lib/db");
  const { getClassDashboard } = await import("@/lib/server/class-dashboard");
  const { getQuizResults } = await import("@/lib/server/class-quiz-results");
  const { progressCsv } = await import("@/lib/server/class-exports");
  const { progressQuerySchema } = await import("@/lib/validation/classes");
  const teacher = {
    id: "teacher",
    role: "instructor" as const,
    name: "Bench Teacher",
    email: "teacher@bench.test",
    timeZone: "Europe/Berlin",
  };
  const [logs, attempts] = await Promise.all([db.reviewLog.count(), db.attempt.count()]);
  const mb = (statSync(file).size / 1e6).toFixed(0);
  console.log(
    `\n${STUDENTS.toLocaleString("en")} students, ${logs.toLocaleString("en")} review logs, ${attempts.toLocaleString("en")} quiz attempts (${mb} MB)`,
  );

  // Wall time includes waiting for a CPU on a shared machine; CPU time is what this process used.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} on ${cpus().length} cores; ${RUNS} runs each after a warm-up\n`,
  );
  const query = progressQuerySchema.parse({ sort: "retention", dir: "asc" });
  const cases: [string, () => Promise<unknown>][] = [
    ["class dashboard (getClassDashboard)", () => getClassDashboard(teacher, "class", query, now)],
    ["item analysis (getQuizResults, graded)", () => getQuizResults(teacher, "class", "quiz", "graded")],
    ["item analysis (getQuizResults, all)", () => getQuizResults(teacher, "class", "quiz", "all")],
    ["progress CSV (progressCsv)", () => progressCsv(teacher, "class", now)],
  ];
  for (const [name, fn] of cases) {
    await fn(); // warm-up: first query plans, page cache
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(c);
      wall.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    const med = (v: number[]) =>
      [...v]
        .sort((a, b) => a - b)
        [Math.floor(v.length / 2)].toFixed(0)
        .padStart(5);
    console.log(
      `${name.padEnd(40)} median ${med(wall)} ms wall (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}), ${med(cpu)} ms CPU`,
    );
  }
  const mem = process.memoryUsage();
  const mib = (b: number) => `${(b / 1048576).toFixed(0)} MiB`;
  console.log(
    `\nprocess memory after the runs: rss ${mib(mem.rss)}, heap used ${mib(mem.heapUsed)} of ${mib(mem.heapTotal)}`,
  );
  await db.$disconnect();
  printPlans(file, seen);
}

/** SQLite's plan for each statement that touched ReviewLog: every one should read a COVERING INDEX. */
function printPlans(file: string, statements: Map<string, string>) {
  const sqlite = new Database(file, { readonly: true });
  console.log("\nquery plans (ReviewLog):");
  for (const [sql, params] of statements) {
    const args = (JSON.parse(params) as unknown[]).map((a) => (a instanceof Object ? JSON.stringify(a) : a));
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(args as string[])) as { detail: string }[]).map(
      (r) => r.detail,
    );
    const what = sql.replace(/\s+/g, " ").slice(0, 70);
    const lines = [...new Set(plan.filter((d) => /ReviewLog|TEMP/.test(d)))];
    console.log(`- ${what}…\n    ${lines.join("\n    ")}`);
  }
  sqlite.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
