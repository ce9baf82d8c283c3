import { describe, expect, it } from "vitest";
import { sqliteBefore } from "../support/sqlite-upgrade";

// The LTI migration only adds tables: a database with accounts, a class and an attempt keeps
// every row, and the new tables start empty.

describe("migration: lti", () => {
  it("keeps every row and adds empty LTI tables", () => {
    const { db, upgrade } = sqliteBefore("lti");
    const now = new Date().toISOString();
    const user = db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, updatedAt) VALUES (?, ?, ?, ?, ?, 'UTC', ?)`,
    );
    user.run("u-teach", "t@example.edu", "Teacher", "$2b$10$x", "instructor", now);
    user.run("u-stud", "s@example.edu", "Student", "$2b$10$y", "student", now);
    db.prepare(
      `INSERT INTO "Class" (id, name, instructorId, joinCode) VALUES ('c1', 'Class', 'u-teach', 'K7MP2QXD')`,
    ).run();
    db.prepare(`INSERT INTO "Enrollment" (id, classId, userId) VALUES ('e1', 'c1', 'u-stud')`).run();
    db.prepare(
      `INSERT INTO "Quiz" (id, title, classId, createdById, updatedAt) VALUES ('z1', 'Quiz', 'c1', 'u-teach', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "Attempt" (id, quizId, userId, number, seed, status, score, maxScore) VALUES ('a1', 'z1', 'u-stud', 1, 7, 'submitted', 3, 4)`,
    ).run();
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const tables = ["User", "Class", "Enrollment", "Quiz", "Attempt"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));

    upgrade();

    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    expect(db.prepare(`SELECT score, maxScore FROM "Attempt" WHERE id = 'a1'`).get()).toEqual({
      score: 3,
      maxScore: 4,
    });
    for (const t of [
      "LtiPlatform",
      "LtiDeployment",
      "LtiToolKey",
      "LtiLaunchState",
      "LtiUserLink",
      "LtiContext",
      "LtiLineItem",
      "LtiScore",
    ])
      expect(count(t)).toBe(0);
    db.close();
  });
});
