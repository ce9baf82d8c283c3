import { describe, expect, it } from "vitest";
import { sqliteBefore } from "../support/sqlite-upgrade";

// Issue 17: accounts an Instructor launch had promoted app-wide become students again and teach
// their LMS classes through ClassTeacher rows; every other row, and every other role, stays.

describe("migration: class_teachers", () => {
  it("demotes launch-promoted accounts, gives LMS class owners their rows, and keeps every row", () => {
    const { db, upgrade } = sqliteBefore("class_teachers");
    const now = new Date().toISOString();
    const user = db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, updatedAt) VALUES (?, ?, ?, ?, ?, 'UTC', ?)`,
    );
    user.run("u-app", "app@example.edu", "App Teacher", "$2b$10$x", "instructor", now); // granted by an admin
    user.run("u-lti", "lti-1@lti.invalid", "LMS Teacher", "!lti", "instructor", now); // promoted by a launch
    user.run("u-both", "both@example.edu", "App Teacher In LMS", "$2b$10$z", "instructor", now); // app + launched
    user.run("u-learn", "lti-2@lti.invalid", "LMS Learner", "!lti", "student", now);
    user.run("u-admin", "admin@example.edu", "Admin", "$2b$10$a", "admin", now);
    const cls = db.prepare(`INSERT INTO "Class" (id, name, instructorId, joinCode, createdAt) VALUES (?, ?, ?, ?, ?)`);
    cls.run("c-app", "Standalone", "u-app", "K7MP2QXD", "2026-11-01T10:00:00.000Z");
    cls.run("c-lms", "LMS course", "u-lti", "K7MP2QXE", "2026-11-02T10:00:00.000Z");
    cls.run("c-lti-own", "Made in the app by an LMS teacher", "u-lti", "K7MP2QXF", "2026-11-03T10:00:00.000Z");
    cls.run("c-both", "LMS course 2", "u-both", "K7MP2QXG", "2026-11-04T10:00:00.000Z");
    const ctx = db.prepare(
      `INSERT INTO "LtiContext" (id, platformId, deploymentId, contextId, classId) VALUES (?, 'p1', 'd1', ?, ?)`,
    );
    ctx.run("x1", "course-1", "c-lms");
    ctx.run("x2", "course-2", "c-both");
    db.prepare(`INSERT INTO "Enrollment" (id, classId, userId) VALUES ('e1', 'c-lms', 'u-learn')`).run();
    db.prepare(
      `INSERT INTO "Quiz" (id, title, classId, createdById, updatedAt) VALUES ('z1', 'Quiz', 'c-lms', 'u-lti', ?)`,
    ).run(now);
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const tables = ["User", "Class", "Enrollment", "Quiz", "LtiContext"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));

    upgrade();

    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    const users = db.prepare(`SELECT id, role, teachesClasses FROM "User" ORDER BY id`).all();
    expect(users).toEqual([
      { id: "u-admin", role: "admin", teachesClasses: 0 },
      { id: "u-app", role: "instructor", teachesClasses: 0 },
      { id: "u-both", role: "instructor", teachesClasses: 1 }, // not made by a launch: keeps the role
      { id: "u-learn", role: "student", teachesClasses: 0 },
      { id: "u-lti", role: "student", teachesClasses: 1 },
    ]);
    const rows = db.prepare(
      `SELECT classId, userId, source, createdAt, removedAt FROM "ClassTeacher" ORDER BY classId`,
    );
    expect(rows.all()).toEqual([
      { classId: "c-both", userId: "u-both", source: "lti", createdAt: "2026-11-04T10:00:00.000Z", removedAt: null },
      { classId: "c-lms", userId: "u-lti", source: "lti", createdAt: "2026-11-02T10:00:00.000Z", removedAt: null },
    ]);
    // Ownership is untouched: the demoted account still owns both its classes (so keeps access).
    expect(db.prepare(`SELECT id FROM "Class" WHERE instructorId = 'u-lti' ORDER BY id`).all()).toEqual([
      { id: "c-lms" },
      { id: "c-lti-own" },
    ]);
    db.close();
  });
});
