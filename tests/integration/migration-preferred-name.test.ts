import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Upgrading a database that has users (and everything that hangs on them) to the migration
// that adds User.preferredName (an ADD COLUMN on the User table): nothing may be lost —
// not the users, not the rows pointing at them, not a foreign key.
const MIGRATIONS = join(process.cwd(), "prisma", "migrations");
const TARGET = readdirSync(MIGRATIONS).find((n) => n.endsWith("_preferred_name"))!;

function migrateUpTo(db: Database.Database, stopBefore: string) {
  for (const name of readdirSync(MIGRATIONS)
    .filter((n) => /^\d+_/.test(n))
    .sort()) {
    if (name >= stopBefore) break;
    db.exec(readFileSync(join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
}

describe("migration: preferred name", () => {
  it("keeps every user and the rows that point at them", () => {
    expect(TARGET).toBeDefined();
    const db = new Database(join(mkdtempSync(join(tmpdir(), "upgrade-")), "old.db"));
    db.pragma("foreign_keys = ON");
    migrateUpTo(db, TARGET);
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, desiredRetention, newCardsPerDay, createdAt, updatedAt) VALUES (?, ?, ?, 'h', ?, ?, 0.85, 15, ?, ?)`,
    ).run("u1", "ada@example.edu", "Dr. Ada Demo", "instructor", "Europe/Berlin", now, now);
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, createdAt, updatedAt) VALUES ('u2', 'sam@example.edu', 'Sam Student', 'h', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO "Deck" (id, slug, title, description, updatedAt) VALUES ('d1', 'deck', 'Deck', '', ?)`).run(
      now,
    );
    db.prepare(
      `INSERT INTO "Card" (id, key, deckId, kind, position, title, front, back, updatedAt) VALUES ('c1', 'k1', 'd1', 'fact', 1, 'Card', 'Q', 'A', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, updatedAt) VALUES ('s1', 'u2', 'c1', ?, 3.5, 5, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO "Class" (id, name, instructorId, joinCode) VALUES ('k1', 'Class', 'u1', 'ABCD2345')`).run();
    db.prepare(`INSERT INTO "Enrollment" (id, classId, userId) VALUES ('e1', 'k1', 'u2')`).run();

    db.exec(readFileSync(join(MIGRATIONS, TARGET, "migration.sql"), "utf8"));

    const users = db
      .prepare(
        `SELECT id, email, name, role, timeZone, desiredRetention, newCardsPerDay, preferredName FROM "User" ORDER BY id`,
      )
      .all();
    expect(users).toEqual([
      {
        id: "u1",
        email: "ada@example.edu",
        name: "Dr. Ada Demo",
        role: "instructor",
        timeZone: "Europe/Berlin",
        desiredRetention: 0.85,
        newCardsPerDay: 15,
        preferredName: "",
      },
      {
        id: "u2",
        email: "sam@example.edu",
        name: "Sam Student",
        role: "student",
        timeZone: "UTC",
        desiredRetention: 0.9,
        newCardsPerDay: 20,
        preferredName: "",
      },
    ]);
    expect(db.prepare(`SELECT userId, stability FROM "CardState"`).all()).toEqual([{ userId: "u2", stability: 3.5 }]);
    expect(db.prepare(`SELECT instructorId FROM "Class"`).all()).toEqual([{ instructorId: "u1" }]);
    expect(db.prepare(`SELECT userId FROM "Enrollment"`).all()).toEqual([{ userId: "u2" }]);
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    // The foreign keys still hold after the rebuild: deleting a user cascades to their rows.
    db.prepare(`DELETE FROM "User" WHERE id = 'u2'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "CardState"`).get()).toEqual({ n: 0 });
    db.close();
  });
});
