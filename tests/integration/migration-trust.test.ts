import { describe, expect, it } from "vitest";
import { sqliteBefore } from "../support/sqlite-upgrade";

// The trust migration (session versions, the throttle table) adds columns to the User table: a
// database with data in it keeps every row, every password, and every instructor stays one
// (roles are now granted, so a lost role could not be chosen back at sign-up).

describe("migration: trust", () => {
  it("keeps every row and every role; sessions start at version 0", () => {
    const { db, upgrade } = sqliteBefore("trust");

    const now = new Date().toISOString();
    const user = db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, updatedAt) VALUES (?, ?, ?, ?, ?, 'UTC', ?)`,
    );
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
    db.prepare(`INSERT INTO "Enrollment" (id, classId, userId) VALUES ('e1', 'c1', 'u-stud')`).run();
    db.prepare(
      `INSERT INTO "Quiz" (id, title, classId, createdById, reviewPolicy, updatedAt) VALUES ('z1', 'Quiz', 'c1', 'u-teach', 'never', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "QuizItem" (id, quizId, questionId, position, points) VALUES ('i1', 'z1', 'q1', 1, 2)`,
    ).run();
    db.prepare(
      `INSERT INTO "Attempt" (id, quizId, userId, number, seed, status) VALUES ('a1', 'z1', 'u-stud', 1, 7, 'submitted')`,
    ).run();
    db.prepare(
      `INSERT INTO "AttemptAnswer" (id, attemptId, quizItemId, response, score) VALUES ('aa1', 'a1', 'i1', '"a"', 2)`,
    ).run();
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const tables = ["User", "Deck", "Question", "Class", "Enrollment", "Quiz", "QuizItem", "Attempt", "AttemptAnswer"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));

    upgrade();

    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    const users = db
      .prepare(`SELECT id, role, sessionVersion, revokedSessions, passwordHash FROM "User" ORDER BY id`)
      .all();
    expect(users).toEqual([
      { id: "u-stud", role: "student", sessionVersion: 0, revokedSessions: "{}", passwordHash: "$2b$10$y" },
      { id: "u-teach", role: "instructor", sessionVersion: 0, revokedSessions: "{}", passwordHash: "$2b$10$x" },
    ]);
    expect(db.prepare(`SELECT quizId, questionId FROM "QuizItem"`).get()).toEqual({ quizId: "z1", questionId: "q1" });
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    expect(count("RateLimit")).toBe(0);
    db.close();
  });
});
