import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { migrateDeploy } from "../support/postgres";
import { emptyDatabase, execAll, upgradingPostgres as postgres } from "../support/upgrade-database";
import { migrateDeployFirst, migrationNamesFor } from "../support/migrate-first";

// An existing database one release behind — every migration but the newest applied, with people's
// data in it — upgraded by `npm run db:migrate` (prisma migrate deploy) keeps every row.
// Runs on the database of this pass: SQLite, or PostgreSQL under TEST_DATABASE=postgresql.
// The rows use only columns that exist since the first migration, written as plain SQL (the
// current Prisma client could not write to an older schema).
const at = "2026-03-01T10:00:00.000+00:00";
const FIXTURE = [
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ('u-teach', 'teach@example.edu', 'Ada Teacher', 'hash-1', 'instructor', '${at}')`,
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u-learn', 'learn@example.edu', 'Émile Learner', 'hash-2', '${at}')`,
  `INSERT INTO "Deck" ("id", "slug", "title", "description", "updatedAt") VALUES ('d-1', 'deck-1', 'Deck', 'A deck', '${at}')`,
  `INSERT INTO "Card" ("id", "key", "deckId", "kind", "position", "title", "front", "back", "updatedAt") VALUES ('c-1', 'card-1', 'd-1', 'fact', 1, 'Card', 'Q', 'A', '${at}')`,
  `INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "reps", "state", "updatedAt") VALUES ('s-1', 'u-learn', 'c-1', '${at}', 4.5, 6.25, 3, 2, '${at}')`,
  `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "rating", "reviewedAt", "stateBefore", "stateAfter", "prevState") VALUES ('r-1', 'u-learn', 'c-1', 3, '${at}', '{}', '{"due":"x"}', 2)`,
  `INSERT INTO "Class" ("id", "name", "instructorId", "joinCode") VALUES ('k-1', 'Class', 'u-teach', 'K7MP2QXD')`,
  `INSERT INTO "Enrollment" ("id", "classId", "userId") VALUES ('e-1', 'k-1', 'u-learn')`,
];

describe(`upgrading a ${postgres ? "PostgreSQL" : "SQLite"} database from the previous migration`, () => {
  const clients: { $disconnect(): Promise<void> }[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

  it("applies only the newest migration and keeps every row as it was", async () => {
    const url = await emptyDatabase("upgrade");
    const names = migrationNamesFor(url);
    expect(names.length).toBeGreaterThan(1);
    expect(migrateDeployFirst(url, names.length - 1)).toMatch(/successfully applied/);
    await execAll(url, FIXTURE);

    const output = migrateDeploy(url);
    expect(output).toContain(names[names.length - 1]);
    expect(output).not.toContain(names[0]); // already applied: not run again

    const db = createPrismaClient(url);
    clients.push(db);
    expect(
      await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, role: true } }),
    ).toEqual([
      { id: "u-learn", email: "learn@example.edu", name: "Émile Learner", role: "student" },
      { id: "u-teach", email: "teach@example.edu", name: "Ada Teacher", role: "instructor" },
    ]);
    const state = await db.cardState.findUniqueOrThrow({ where: { id: "s-1" } });
    expect([state.due.toISOString(), state.stability, state.difficulty, state.reps, state.state]).toEqual([
      "2026-03-01T10:00:00.000Z",
      4.5,
      6.25,
      3,
      2,
    ]);
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id: "r-1" } });
    expect([log.rating, log.reviewedAt.toISOString(), log.stateAfter, log.mode, log.undoneAt]).toEqual([
      3,
      "2026-03-01T10:00:00.000Z",
      '{"due":"x"}',
      "review",
      null,
    ]);
    expect(await db.enrollment.findMany({ select: { classId: true, userId: true, removedAt: true } })).toEqual([
      { classId: "k-1", userId: "u-learn", removedAt: null },
    ]);
    expect(await db.card.count()).toBe(1);
    expect(await db.class.findUniqueOrThrow({ where: { id: "k-1" }, select: { joinCode: true } })).toEqual({
      joinCode: "K7MP2QXD",
    });
  });
});
