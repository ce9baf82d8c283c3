// In-process cost of one grade through lib/server/study.ts recordGrade (no HTTP, no session): a
// fresh migrated SQLite file, students grading the real deck in turn, sequentially. Used to check
// that writing the per-day rollups in the grade's batch costs the grade path next to nothing:
// run it on two versions of study.ts and compare. `tsx --conditions=react-server tests/bench/grade-path.ts`
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "./class-seed";
import Database from "better-sqlite3";

const GRADES = Number(process.env.GRADES || 2000);

async function main() {
  const file = join(mkdtempSync(join(tmpdir(), "grade-path-")), "bench.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  applyMigrations(sqlite);
  sqlite.close();
  process.env.DATABASE_URL = `file:${file}`;
  const { db } = await import("@/lib/db");
  const { seedDecks } = await import("@/prisma/seed-content");
  const { loadDecks } = await import("@/lib/content/load");
  const { createUser } = await import("@/lib/server/users");
  const { recordGrade } = await import("@/lib/server/study");
  const { gradeSchema } = await import("@/lib/validation/study");
  await seedDecks(db, loadDecks());
  const cards = (await db.card.findMany({ select: { id: true } })).map((c) => c.id);
  const students = [];
  for (let i = 0; i < 10; i++)
    students.push(
      await createUser({
        name: `S${i}`,
        email: `s${i}@bench.test`,
        password: "abcdefg1",
        role: "student",
        timeZone: "Europe/Berlin",
      }),
    );
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < GRADES; i++) {
    const s = students[i % students.length];
    const input = gradeSchema.parse({
      id: randomUUID(),
      cardId: cards[Math.floor(i / students.length) % cards.length],
      rating: 1 + (i % 4),
      mode: i % 10 === 9 ? "practice" : "review",
      reviewedAt: new Date().toISOString(),
    });
    const t = performance.now();
    await recordGrade(s, input);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(c0);
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))].toFixed(2);
  console.log(
    `${GRADES} grades: median ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms; CPU ${((cpu.user + cpu.system) / 1000 / GRADES).toFixed(2)} ms per grade`,
  );
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
