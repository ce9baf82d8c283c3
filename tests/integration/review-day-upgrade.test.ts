import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { reviewLogInsert as log, upgradeAcross, upgradingPostgres as postgres } from "../support/upgrade-database";

// A database with review history from before the per-day rollups existed, upgraded by
// `npm run db:migrate`: the migration 20261201010000_review_days fills ReviewDay and ReviewCardDay
// from the logs (by UTC day), leaving undone grades out and practice grades out of the card counts.
// Runs on the database of this pass: SQLite, or PostgreSQL under TEST_DATABASE=postgresql.
const MIGRATION = "20261201010000_review_days";
const at = "2026-03-01T10:00:00.000+00:00";
const FIXTURE = [
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u-1', 'one@example.edu', 'One', 'x', '${at}')`,
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u-2', 'two@example.edu', 'Two', 'x', '${at}')`,
  `INSERT INTO "Deck" ("id", "slug", "title", "description", "updatedAt") VALUES ('d-1', 'deck-1', 'Deck', 'A deck', '${at}')`,
  `INSERT INTO "Card" ("id", "key", "deckId", "kind", "position", "title", "front", "back", "updatedAt") VALUES ('c-1', 'card-1', 'd-1', 'fact', 1, 'Card', 'Q', 'A', '${at}')`,
  `INSERT INTO "Card" ("id", "key", "deckId", "kind", "position", "title", "front", "back", "updatedAt") VALUES ('c-2', 'card-2', 'd-1', 'fact', 2, 'Card 2', 'Q', 'A', '${at}')`,
  log("r-1", "u-1", "c-1", "2026-03-01T10:00:00.000+00:00", 3, 2),
  log("r-2", "u-1", "c-1", "2026-03-01T23:30:00.000+00:00", 1, 2),
  log("r-3", "u-1", "c-2", "2026-03-01T12:00:00.000+00:00", 4, 2, `"mode"='practice'`),
  log("r-4", "u-1", "c-2", "2026-03-02T00:10:00.000+00:00", 1, 1),
  log("r-5", "u-1", "c-2", "2026-03-02T05:00:00.000+00:00", 3, 2, `"undoneAt"='2026-03-02T05:00:09.000+00:00'`),
  log("r-6", "u-2", "c-1", "2026-03-02T08:00:00.000+00:00", 2, 2),
];

describe(`upgrading a ${postgres ? "PostgreSQL" : "SQLite"} database with review history to the rollups`, () => {
  const clients: { $disconnect(): Promise<void> }[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

  it("backfills ReviewDay and ReviewCardDay from the logs and keeps the logs", async () => {
    const url = await upgradeAcross("rollup_upgrade", MIGRATION, FIXTURE);

    const db = createPrismaClient(url);
    clients.push(db);
    const days = await db.reviewDay.findMany({ orderBy: { id: "asc" } });
    expect(days.map((d) => [d.id, d.userId, d.day, d.reviews, d.base, d.passed])).toEqual([
      ["u-1|2026-03-01", "u-1", "2026-03-01", 3, 2, 1], // practice counts as a review, not toward retention
      ["u-1|2026-03-02", "u-1", "2026-03-02", 1, 0, 0], // a learning-state Again; the undone grade is left out
      ["u-2|2026-03-02", "u-2", "2026-03-02", 1, 1, 1],
    ]);
    const cards = await db.reviewCardDay.findMany({ orderBy: { id: "asc" } });
    expect(cards.map((c) => [c.id, c.graded, c.again])).toEqual([
      ["u-1|c-1|2026-03-01", 2, 1],
      ["u-1|c-2|2026-03-02", 1, 1],
      ["u-2|c-1|2026-03-02", 1, 0],
    ]);
    expect(await db.reviewLog.count()).toBe(6);
    const undone = await db.reviewLog.findUniqueOrThrow({ where: { id: "r-5" } });
    expect(undone.undoneAt?.toISOString()).toBe("2026-03-02T05:00:09.000Z");
  });
});
