// Seeds the benchmark's own SQLite file with better-sqlite3 prepared statements in
// transactions (Prisma would take an hour for five million rows): one instructor, a class
// of STUDENTS students with a year of reviews (~100 a week each), proof runs, and a
// ten-question quiz with one to three attempts per student.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const STUDENTS = Number(process.env.BENCH_STUDENTS || 1000);
export const DAYS = 365;
export const REVIEWS_PER_WEEK = 100;
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland"];
const SLUGS = [
  "frontier",
  "memory-speed",
  "weight-sharing",
  "small-data",
  "quantization",
  "capacity-sweep",
  "generalization-gap",
  "methods",
];
// About the size of a real ts-fsrs card state, so rows weigh what they will in production.
const STATE_JSON = JSON.stringify({
  due: "2026-11-28T10:00:00.000Z",
  stability: 12.3456,
  difficulty: 5.4321,
  elapsed_days: 3,
  scheduled_days: 9,
  learning_steps: 0,
  reps: 12,
  lapses: 1,
  state: 2,
  last_review: "2026-11-19T10:00:00.000Z",
});

/** Deterministic PRNG (mulberry32), so every run seeds the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00"); // the adapter's DateTime format

/**
 * The last migration the INSERTs below are written against. The seed applies the migrations up
 * to it, inserts the rows, then applies the later ones as an upgrade would, so their backfills
 * (the ReviewDay rollups, for one) fill from five million logs the way they will in production.
 */
export const SEED_SCHEMA = "20261130234000_lti";

export function applyMigrations(sqlite: Database.Database, which: "seed" | "later" | "all" = "all") {
  const dir = join(process.cwd(), "prisma", "migrations");
  for (const name of readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .filter((n) => which === "all" || (which === "seed") === n <= SEED_SCHEMA)
    .sort())
    sqlite.exec(readFileSync(join(dir, name, "migration.sql"), "utf8"));
}

export function seedBenchDatabase(file: string, now: Date) {
  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  applyMigrations(db, "seed");
  const rand = rng(42);
  const nowMs = now.getTime();
  const created = iso(nowMs - DAYS * 86_400_000);

  db.prepare(
    `INSERT INTO Deck (id, slug, title, description, course, createdAt, updatedAt) VALUES ('deck', 'parameter-efficiency', 'Parameter efficiency', '', '', ?, ?)`,
  ).run(created, created);
  const cardIns = db.prepare(
    `INSERT INTO Card (id, key, deckId, kind, position, title, front, back, experimentSlug, createdAt, updatedAt) VALUES (?, ?, 'deck', 'fact', ?, ?, 'Q', 'A', ?, ?, ?)`,
  );
  const cards = Array.from({ length: 9 }, (_, i) => `card${i}`);
  cards.forEach((id, i) =>
    cardIns.run(id, `bench-${i}`, i + 1, `Card ${i + 1}`, SLUGS[i % SLUGS.length], created, created),
  );
  const userIns = db.prepare(
    `INSERT INTO User (id, email, name, passwordHash, role, timeZone, createdAt, updatedAt) VALUES (?, ?, ?, 'x', ?, ?, ?, ?)`,
  );
  userIns.run("teacher", "teacher@bench.test", "Bench Teacher", "instructor", "Europe/Berlin", created, created);
  db.prepare(
    `INSERT INTO Class (id, name, instructorId, joinCode, createdAt) VALUES ('class', 'Bench class', 'teacher', 'BENCH234', ?)`,
  ).run(created);

  const enrollIns = db.prepare(`INSERT INTO Enrollment (id, classId, userId, joinedAt) VALUES (?, 'class', ?, ?)`);
  const stateIns = db.prepare(
    `INSERT INTO CardState (id, userId, cardId, due, stability, difficulty, reps, lapses, state, lastReview, updatedAt) VALUES (?, ?, ?, ?, 10, 5, ?, ?, 2, ?, ?)`,
  );
  const logIns = db.prepare(
    `INSERT INTO ReviewLog (id, userId, cardId, rating, mode, reviewedAt, createdAt, durationMs, stateBefore, stateAfter, prevState, elapsedDays, scheduledDays, undoneAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, 9, ?)`,
  );
  const runIns = db.prepare(
    `INSERT INTO ExperimentRun (id, userId, experimentSlug, settings, backend, results, verdict, durationMs, createdAt) VALUES (?, ?, ?, '{}', 'webgl', '{}', 'supported', 4000, ?)`,
  );

  let logs = 0;
  const perDay = REVIEWS_PER_WEEK / 7;
  const seedStudent = db.transaction((s: number) => {
    const id = `s${String(s).padStart(5, "0")}`;
    userIns.run(
      id,
      `${id}@bench.test`,
      `Student ${String(s).padStart(4, "0")}`,
      "student",
      ZONES[s % ZONES.length],
      created,
      created,
    );
    enrollIns.run(`e${id}`, id, created);
    const againRate = 0.04 + rand() * 0.25;
    let last = 0;
    for (let d = 0; d < DAYS; d++) {
      const n = Math.max(0, Math.round(perDay + (rand() - 0.5) * 10));
      const dayStart = nowMs - (DAYS - d) * 86_400_000;
      for (let i = 0; i < n; i++) {
        const at = dayStart + Math.floor(rand() * 86_400_000);
        const prevState = rand() < 0.8 ? 2 : rand() < 0.5 ? 1 : 3;
        const rating = rand() < againRate ? 1 : 2 + Math.floor(rand() * 3);
        const mode = rand() < 0.05 ? "practice" : "review";
        logIns.run(
          `${id}-${logs}`,
          id,
          cards[Math.floor(rand() * 9)],
          rating,
          mode,
          iso(at),
          iso(at),
          3000,
          STATE_JSON,
          STATE_JSON,
          prevState,
          rand() < 0.01 ? iso(at + 2000) : null,
        );
        logs++;
        last = Math.max(last, at);
      }
    }
    cards.forEach((c, i) => {
      const due = nowMs + (rand() - 0.3) * 10 * 86_400_000;
      stateIns.run(
        `cs${id}-${i}`,
        id,
        c,
        iso(due),
        20 + Math.floor(rand() * 40),
        Math.floor(rand() * 6 * againRate * 4),
        iso(last),
        iso(last),
      );
    });
    for (let r = 0; r < Math.floor(rand() * 6); r++)
      runIns.run(
        `run${id}-${r}`,
        id,
        SLUGS[Math.floor(rand() * SLUGS.length)],
        iso(nowMs - rand() * DAYS * 86_400_000),
      );
  });
  for (let s = 0; s < STUDENTS; s++) seedStudent(s);

  seedQuiz(db, rand, nowMs);
  applyMigrations(db, "later");
  db.pragma("journal_mode = WAL");
  db.exec("ANALYZE");
  db.close();
  return { logs };
}

function seedQuiz(db: Database.Database, rand: () => number, nowMs: number) {
  const at = iso(nowMs - 20 * 86_400_000);
  db.prepare(
    `INSERT INTO Quiz (id, title, classId, createdById, gradingRule, maxAttempts, createdAt, updatedAt) VALUES ('quiz', 'Bench quiz', 'class', 'teacher', 'highest', 3, ?, ?)`,
  ).run(at, at);
  const qIns = db.prepare(
    `INSERT INTO Question (id, key, deckId, type, prompt, points, createdAt, updatedAt) VALUES (?, ?, 'deck', 'single', ?, ?, ?, ?)`,
  );
  const itemIns = db.prepare(
    `INSERT INTO QuizItem (id, quizId, questionId, position, points) VALUES (?, 'quiz', ?, ?, ?)`,
  );
  const difficulty = Array.from({ length: 10 }, (_, i) => -1.5 + (i * 3) / 9);
  const points = difficulty.map((_, i) => (i === 9 ? 2 : 1));
  difficulty.forEach((_, i) => {
    qIns.run(`q${i}`, `bench-q-${i}`, `Bench question ${i + 1}`, points[i], at, at);
    itemIns.run(`item${i}`, `q${i}`, i + 1, points[i]);
  });
  const attemptIns = db.prepare(
    `INSERT INTO Attempt (id, quizId, userId, number, seed, status, startedAt, submittedAt, score, maxScore) VALUES (?, 'quiz', ?, ?, ?, 'submitted', ?, ?, ?, ?)`,
  );
  const answerIns = db.prepare(
    `INSERT INTO AttemptAnswer (id, attemptId, quizItemId, response, score, maxScore, savedAt, gradedAt) VALUES (?, ?, ?, '1', ?, ?, ?, ?)`,
  );
  const maxScore = points.reduce((a, b) => a + b, 0);
  db.transaction(() => {
    for (let s = 0; s < STUDENTS; s++) {
      const id = `s${String(s).padStart(5, "0")}`;
      const ability = (rand() - 0.5) * 4;
      const attempts = 1 + Math.floor(rand() * 3);
      for (let a = 1; a <= attempts; a++) {
        const attemptId = `att-${id}-${a}`;
        const marks: number[] = difficulty.map((d, i) =>
          rand() < 1 / (1 + Math.exp(-(ability + 0.3 * a - d))) ? points[i] : 0,
        );
        attemptIns.run(
          attemptId,
          id,
          a,
          a,
          at,
          at,
          marks.reduce((x, y) => x + y, 0),
          maxScore,
        );
        marks.forEach((m, i) => answerIns.run(`${attemptId}-${i}`, attemptId, `item${i}`, m, points[i], at, at));
      }
    }
  })();
}
