import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The memory-model migration on a database that already has learners, cards, grades,
 * classes and quizzes: every row survives, and every learner starts on the default weights.
 */
const dir = join(process.cwd(), "prisma", "migrations");
const all = readdirSync(dir)
  .filter((n) => /^\d+_/.test(n))
  .sort();
const mine = all.findIndex((n) => n.endsWith("_fsrs_memory_model"));
const apply = (db: Database.Database, names: string[]) =>
  names.forEach((n) => db.exec(readFileSync(join(dir, n, "migration.sql"), "utf8")));

describe("migration fsrs_memory_model", () => {
  it("keeps every existing row, and existing learners are on the default weights", () => {
    expect(mine).toBeGreaterThan(0);
    const db = new Database(join(mkdtempSync(join(tmpdir(), "mig-fsrs-")), "old.db"));
    apply(db, all.slice(0, mine));
    const now = Date.now();
    db.exec(`
      INSERT INTO User (id, email, name, passwordHash, role, timeZone, desiredRetention, newCardsPerDay, createdAt, updatedAt)
        VALUES ('u1', 'a@example.edu', 'A', 'x', 'student', 'Europe/Berlin', 0.85, 15, ${now}, ${now}),
               ('t1', 't@example.edu', 'T', 'x', 'instructor', 'UTC', 0.9, 20, ${now}, ${now});
      INSERT INTO Deck (id, slug, title, description, createdAt, updatedAt) VALUES ('d1', 'deck', 'Deck', '', ${now}, ${now});
      INSERT INTO Card (id, key, deckId, kind, position, title, front, back, createdAt, updatedAt) VALUES ('c1', 'k1', 'd1', 'fact', 1, 'C', 'Q', 'A', ${now}, ${now});
      INSERT INTO CardState (id, userId, cardId, due, stability, difficulty, state, updatedAt) VALUES ('s1', 'u1', 'c1', ${now}, 3.2, 5.1, 2, ${now});
      INSERT INTO ReviewLog (id, userId, cardId, rating, mode, reviewedAt, createdAt, stateBefore, stateAfter, prevState)
        VALUES ('r1', 'u1', 'c1', 3, 'review', ${now}, ${now}, 'null', '{}', 0), ('r2', 'u1', 'c1', 1, 'practice', ${now}, ${now}, '{}', '{}', 2);
      INSERT INTO Class (id, name, instructorId, joinCode, createdAt) VALUES ('k1', 'Class', 't1', 'ABCD2345', ${now});
      INSERT INTO Enrollment (id, classId, userId, joinedAt) VALUES ('e1', 'k1', 'u1', ${now});
    `);
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const tables = ["User", "Deck", "Card", "CardState", "ReviewLog", "Class", "Enrollment"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));
    const logsBefore = db.prepare("SELECT * FROM ReviewLog ORDER BY id").all();

    apply(db, all.slice(mine, mine + 1));
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    expect(db.prepare("SELECT * FROM ReviewLog ORDER BY id").all()).toEqual(logsBefore);
    expect(
      db
        .prepare("SELECT desiredRetention, newCardsPerDay, timeZone, fsrsWeights, fsrsFitId FROM User WHERE id = 'u1'")
        .get(),
    ).toEqual({
      desiredRetention: 0.85,
      newCardsPerDay: 15,
      timeZone: "Europe/Berlin",
      fsrsWeights: null,
      fsrsFitId: null,
    });
    expect(db.prepare("SELECT fsrsPriorFitId FROM Class WHERE id = 'k1'").get()).toEqual({ fsrsPriorFitId: null });
    expect(count("FsrsJob") + count("FsrsFit") + count("ClassCalibration")).toBe(0);
    db.close();
  });
});
