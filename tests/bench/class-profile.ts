// Profile of the instructor pages' pieces on the bench database (`npm run bench:classes` seeds it):
// times each query the dashboard, the progress CSV and the item analysis run, one by one.
// BENCH_DB=<file> picks the database (default: the newest classes-*.db in the bench folder).
import { readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const now = new Date("2026-11-28T12:00:00Z");

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
  const sql = await import("@/lib/server/class-sql");
  const rollup = await import("@/lib/server/class-rollup");
  const access = await import("@/lib/server/class-access");
  const students = await access.activeStudents("class");
  const zones = rollup.zoneBounds(students, now);
  const cards = Array.from({ length: 9 }, (_, i) => `card${i}`); // the seed's cards
  const items = Array.from({ length: 10 }, (_, i) => `item${i}`); // the seed's quiz items
  const pieces: [string, () => Promise<unknown>][] = [
    ["activeStudents (roster)", () => access.activeStudents("class")],
    ["classQuizzes", () => access.classQuizzes("class")],
    ["dueCounts (card states)", () => rollup.dueCounts("class", zones)],
    ["lapsesPerCard (card states)", () => rollup.lapsesPerCard("class")],
    ["studentWindow (ReviewDay)", () => rollup.studentWindow("class", zones)],
    ["cardWindow (all 9 cards)", () => rollup.cardWindow("class", zones, cards)],
    ["cardWindow (5 cards)", () => rollup.cardWindow("class", zones, cards.slice(0, 5))],
    ["reviewsPerDay (ReviewDay)", () => rollup.reviewsPerDay("class", "2026-10-30", "2026-11-28")],
    ["lastReviews (ReviewLog seeks)", () => sql.lastReviews("class")],
    ["runCounts", () => sql.runCounts("class")],
    ["submittedAttempts", () => sql.submittedAttempts("class", ["quiz"])],
    ["quizMarks (10 items)", () => sql.quizMarks("class", "quiz", items)],
  ];
  for (const [name, fn] of pieces) {
    await fn();
    const t = performance.now();
    const c = process.cpuUsage();
    const out = await fn();
    const u = process.cpuUsage(c);
    const n = Array.isArray(out) ? out.length : out instanceof Map ? out.size : "";
    console.log(
      `${name.padEnd(30)} ${(performance.now() - t).toFixed(1).padStart(7)} ms wall ${((u.user + u.system) / 1000).toFixed(1).padStart(7)} ms CPU  rows ${n}`,
    );
  }
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
