// Profile of the instructor pages' pieces on the bench database (`npm run bench:classes` seeds it):
// each statement the dashboard, the progress CSV and the item analysis run, timed twice — in bare
// better-sqlite3 (what SQLite itself costs) and through Prisma's $queryRaw (what the app pays) —
// (fastest of 7 runs) with the rows it returns, so the two kinds of cost can be told apart; then the item analysis's
// statistics in JS. `npx tsx --conditions=react-server tests/bench/class-profile.ts`
// BENCH_DB=<file> picks the database (default: the newest classes-*.db in the bench folder).
import { readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

const now = new Date("2026-11-28T12:00:00Z");
const REPS = 7;

/** The fastest of REPS runs after a warm-up: on a shared machine the minimum is the steadiest figure. */
async function avg<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  let out = await fn(); // warm-up
  let best = Infinity;
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    out = await fn();
    best = Math.min(best, performance.now() - t);
  }
  return [best, out];
}

async function main() {
  const folder = join(tmpdir(), "paramlab-bench");
  const file =
    process.env.BENCH_DB ??
    join(
      folder,
      readdirSync(folder)
        .filter((n) => /^classes-.*\.db$/.test(n))
        .sort((a, b) => statSync(join(folder, b)).mtimeMs - statSync(join(folder, a)).mtimeMs)[0],
    );
  process.env.DATABASE_URL = `file:${file}`;
  const { db } = await import("@/lib/db");
  const { classSql } = await import("@/lib/server/class-sql");
  const rollup = await import("@/lib/server/class-rollup");
  const access = await import("@/lib/server/class-access");
  const { analyzeItems } = await import("@/lib/quiz/item-statistics");
  const students = await access.activeStudents("class");
  const zones = rollup.zoneBounds(students, now);
  const cards = Array.from({ length: 9 }, (_, i) => `card${i}`); // the seed's cards
  const items = Array.from({ length: 10 }, (_, i) => `item${i}`); // the seed's quiz items
  const statements: [string, { sql: string; values: unknown[] }][] = [
    ["roster", classSql.roster("class")],
    ["studentRows (per student)", rollup.rollupSql.studentRows("class", zones)],
    ["lapsesPerCard", rollup.rollupSql.lapsesPerCard("class")],
    ["cardWindow (all 9 cards)", rollup.rollupSql.cardWindow("class", zones, cards)],
    ["cardWindow (5 cards)", rollup.rollupSql.cardWindow("class", zones, cards.slice(0, 5))],
    ["perDay", rollup.rollupSql.perDay("class", "2026-10-30", "2026-11-28")],
    ["runs", classSql.runs("class")],
    ["attempts", classSql.attempts("class", ["quiz"])],
    ["quizMarks (10 items)", classSql.quizMarks("class", "quiz", items)],
  ];
  // The adapter stores DateTime as ISO text with an explicit offset; bind the same in bare SQLite.
  const bind = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v);
  const bare = new Database(file, { readonly: true });
  console.log(`${"statement".padEnd(28)} ${"SQLite".padStart(9)} ${"Prisma".padStart(9)}   rows`);
  for (const [name, q] of statements) {
    const stmt = bare.prepare(q.sql);
    const values = q.values.map(bind);
    const [sqlite, rows] = await avg(() => stmt.all(...values));
    const [prisma] = await avg(() => db.$queryRawUnsafe(q.sql, ...q.values));
    console.log(
      `${name.padEnd(28)} ${sqlite.toFixed(1).padStart(6)} ms ${prisma.toFixed(1).padStart(6)} ms   ${rows.length}`,
    );
  }
  const marks = await (await import("@/lib/server/class-sql")).quizMarks("class", "quiz", items);
  const [stats] = await avg(() => analyzeItems({ maxMarks: items.map(() => 1), attempts: [...marks.values()] }));
  console.log(`${"analyzeItems (JS)".padEnd(28)} ${stats.toFixed(1).padStart(6)} ms            ${marks.size} attempts`);
  bare.close();
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
