import { describe, expect, it } from "vitest";
import { sqliteBefore } from "../support/sqlite-upgrade";

// Issue 17: the LtiResourceLink table is added to a database that already has LMS classes,
// quizzes linked to columns and queued grades; every row stays, and the new table works at once.

describe("migration: lti_resource_links", () => {
  it("keeps every LMS row and accepts one column per quiz", () => {
    const { db, upgrade } = sqliteBefore("lti_resource_links");
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, updatedAt) VALUES ('u1', 'lti-1@lti.invalid', 'T', '!lti', 'student', 'UTC', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "Class" (id, name, instructorId, joinCode) VALUES ('c1', 'LMS course', 'u1', 'K7MP2QXD')`,
    ).run();
    db.prepare(
      `INSERT INTO "LtiContext" (id, platformId, deploymentId, contextId, classId, agsScopes) VALUES ('x1', 'p1', 'd1', 'course-1', 'c1', 'score')`,
    ).run();
    db.prepare(
      `INSERT INTO "Quiz" (id, title, classId, createdById, updatedAt) VALUES ('z1', 'Quiz', 'c1', 'u1', ?)`,
    ).run(now);
    db.prepare(
      `INSERT INTO "LtiLineItem" (id, quizId, contextId, url) VALUES ('li1', 'z1', 'x1', 'https://lms.example/lineitems/1')`,
    ).run();
    db.prepare(
      `INSERT INTO "LtiScore" (id, quizId, userId, stateKey, scoreGiven, scoreMaximum) VALUES ('s1', 'z1', 'u1', 'k1', 50, 100)`,
    ).run();
    const dump = (t: string) => db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all();
    const tables = ["User", "Class", "LtiContext", "Quiz", "LtiLineItem", "LtiScore"];
    const before = Object.fromEntries(tables.map((t) => [t, dump(t)]));

    upgrade();

    expect(Object.fromEntries(tables.map((t) => [t, dump(t)]))).toEqual(before);
    const link = db.prepare(
      `INSERT INTO "LtiResourceLink" (id, contextId, resourceLinkId, title, lineItemUrl, quizId, updatedAt) VALUES (?, 'x1', ?, 'Week 3', ?, ?, ?)`,
    );
    link.run("r1", "rl-1", "https://lms.example/lineitems/2", "z1", now);
    expect(() => link.run("r2", "rl-1", null, null, now)).toThrow(/UNIQUE/); // one row per activity
    expect(() => link.run("r3", "rl-2", null, "z1", now)).toThrow(/UNIQUE/); // one column per quiz
    expect(dump("LtiResourceLink")).toMatchObject([{ id: "r1", title: "Week 3", quizId: "z1" }]);
    db.close();
  });
});
