// `npm run bench:student-pages`: the server-side data of a learner's own pages for a learner with
// a year of reviews (~5,000, as each student of bench:classes): the progress page's stats and
// calibration, the study dashboard's numbers and the review page's queue, in-process (no HTTP,
// no React), CPU and wall time per call. The calibration report is cached until the learner's
// counted history or weights change: its first call (computed) and later calls (cached) are
// both printed, with the ratio. `bench:load` measures the pages over HTTP under load.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

process.env.BENCH_STUDENTS = "3";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function main() {
  const folder = mkdtempSync(join(tmpdir(), "paramlab-student-pages-"));
  const file = join(folder, "bench.db");
  const { seedBenchDatabase } = await import("./class-seed");
  const { logs } = seedBenchDatabase(file, new Date());
  process.env.DATABASE_URL = `file:${file}`;
  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("@/lib/db");
  const { toActor } = await import("@/lib/server/actor");
  const { getStudyStats } = await import("@/lib/server/study-stats");
  const { getMyCalibration } = await import("@/lib/server/fsrs-learner");
  const { getReviewPageData } = await import("@/lib/server/study-review-page");
  const user = await db.user.findUniqueOrThrow({ where: { id: "s00001" } });
  const me = toActor(user);
  const mine = await db.reviewLog.count({ where: { userId: me.id } });
  console.log(
    `${logs.toLocaleString("en")} logs seeded; the learner has ${mine.toLocaleString("en")} (zone ${me.timeZone})`,
  );

  const time = async (name: string, f: () => Promise<unknown>, rounds = ROUNDS) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) await f();
    const cpu = process.cpuUsage(c0);
    const wall = (performance.now() - t0) / rounds;
    console.log(
      `${name.padEnd(46)} ${wall.toFixed(1).padStart(7)} ms wall ${((cpu.user + cpu.system) / 1000 / rounds).toFixed(1).padStart(7)} ms CPU`,
    );
    return wall;
  };
  const cold = await time("calibration, first call (computed)", () => getMyCalibration(me), 1);
  const warm = await time("calibration, later calls (cached)", () => getMyCalibration(me));
  await time("progress stats (getStudyStats)", () => getStudyStats(me));
  await time("review queue (getReviewPageData)", () => getReviewPageData(me, { mode: "review" }));
  console.log(`calibration computed/cached: ${(cold / warm).toFixed(0)}×`);
  await db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
