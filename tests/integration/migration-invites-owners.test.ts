import { describe, expect, it } from "vitest";
import { migrationIndex, sqliteBefore } from "../support/sqlite-upgrade";

// The invites table and Question.ownerId: a database with data in it keeps every row; every
// existing question stays in the shared bank (no owner), so quizzes built on it keep working.

describe("migrations: invites, question owners", () => {
  it("keep every row; existing questions stay shared", () => {
    expect(migrationIndex("question_owner")).toBeGreaterThan(migrationIndex("invites"));
    const { db, upgrade } = sqliteBefore("invites");

    const now = new Date().toISOString();
    const user = db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, updatedAt) VALUES (?, ?, ?, ?, ?, 'UTC', ?)`,
    );
    user.run("u-admin", "a@example.edu", "Admin", "$2b$10$a", "admin", now);
    user.run("u-teach", "t@example.edu", "Teacher", "$2b$10$x", "instructor", now);
    user.run("u-stud", "s@example.edu", "Student", "$2b$10$y", "student", now);
    db.prepare(`INSERT INTO "Deck" (id, slug, title, description, updatedAt) VALUES ('d1', 'deck', 'Deck', '', ?)`).run(
      now,
    );
    db.prepare(
      `INSERT INTO "Question" (id, key, deckId, type, prompt, data, answer, explanation, points, updatedAt) VALUES ('q1', 'pe-q', 'd1', 'single', 'Which?', '{"options":[]}', '"a"', 'Because it is so, at length.', 2, ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "Class" (id, name, instructorId, joinCode) VALUES ('c1', 'Class', 'u-teach', 'K7MP2QXD')`,
    ).run();
    db.prepare(
      `INSERT INTO "Quiz" (id, title, classId, createdById, reviewPolicy, updatedAt) VALUES ('z1', 'Quiz', 'c1', 'u-teach', 'never', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "QuizItem" (id, quizId, questionId, position, points) VALUES ('i1', 'z1', 'q1', 1, 2)`,
    ).run();
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const tables = ["User", "Deck", "Question", "Class", "Quiz", "QuizItem"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));

    upgrade();

    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    expect(db.prepare(`SELECT id, role FROM "User" ORDER BY id`).all()).toEqual([
      { id: "u-admin", role: "admin" },
      { id: "u-stud", role: "student" },
      { id: "u-teach", role: "instructor" },
    ]);
    expect(db.prepare(`SELECT id, key, ownerId, points, explanation FROM "Question"`).get()).toEqual({
      id: "q1",
      key: "pe-q",
      ownerId: null,
      points: 2,
      explanation: "Because it is so, at length.",
    });
    expect(count("Invite")).toBe(0);
    db.prepare(`INSERT INTO "Invite" (id, tokenHash, createdById, expiresAt) VALUES ('v1', 'h', 'u-admin', ?)`).run(
      now,
    );
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    db.close();
  });
});
