import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { reviewLogInsert as log, upgradeAcross, upgradingPostgres as postgres } from "../support/upgrade-database";

// A database with rollups kept by the grade path before ReviewDay had a practice count, upgraded by
// `npm run db:migrate`: 20261201060000_review_day_practice fills it as the day's grades minus its
// review-mode grades (ReviewCardDay.graded), on the rollup's own day keys (local days, not UTC),
// and every row (logs, rollups) is kept. Runs on SQLite, or PostgreSQL under TEST_DATABASE=postgresql.
const MIGRATION = "20261201060000_review_day_practice";
const at = "2026-03-01T10:00:00.000+00:00";
const day = (user: string, d: string, reviews: number, base: number, passed: number) =>
  `INSERT INTO "ReviewDay" ("id", "userId", "day", "reviews", "base", "passed") VALUES ('${user}|${d}', '${user}', '${d}', ${reviews}, ${base}, ${passed})`;
const cardDay = (user: string, card: string, d: string, graded: number, again: number) =>
  `INSERT INTO "ReviewCardDay" ("id", "userId", "cardId", "day", "graded", "again") VALUES ('${user}|${card}|${d}', '${user}', '${card}', '${d}', ${graded}, ${again})`;
const FIXTURE = [
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "timeZone", "updatedAt") VALUES ('u-1', 'one@example.edu', 'One', 'x', 'Europe/Berlin', '${at}')`,
  `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u-2', 'two@example.edu', 'Two', 'x', '${at}')`,
  `INSERT INTO "Deck" ("id", "slug", "title", "description", "updatedAt") VALUES ('d-1', 'deck-1', 'Deck', 'A deck', '${at}')`,
  `INSERT INTO "Card" ("id", "key", "deckId", "kind", "position", "title", "front", "back", "updatedAt") VALUES ('c-1', 'card-1', 'd-1', 'fact', 1, 'Card', 'Q', 'A', '${at}')`,
  `INSERT INTO "Card" ("id", "key", "deckId", "kind", "position", "title", "front", "back", "updatedAt") VALUES ('c-2', 'card-2', 'd-1', 'fact', 2, 'Card 2', 'Q', 'A', '${at}')`,
  // u-1 in Berlin: the first three are on local 2026-03-02 (two of them on the UTC 1st).
  log("r-1", "u-1", "c-1", "2026-03-01T23:30:00.000+00:00", 3, 2),
  log("r-2", "u-1", "c-2", "2026-03-01T23:40:00.000+00:00", 4, 2, `"mode"='practice'`),
  log("r-3", "u-1", "c-1", "2026-03-02T10:00:00.000+00:00", 2, 2, `"mode"='practice'`),
  log("r-4", "u-1", "c-2", "2026-03-01T10:00:00.000+00:00", 1, 1),
  log("r-5", "u-1", "c-2", "2026-03-01T11:00:00.000+00:00", 3, 1, `"undoneAt"='2026-03-01T11:00:09.000+00:00'`),
  log("r-6", "u-2", "c-1", "2026-03-02T08:00:00.000+00:00", 2, 2, `"mode"='practice'`),
  // The rollups as the grade path wrote them (lib/server/review-day.ts), the undone grade taken back.
  day("u-1", "2026-03-02", 3, 1, 1),
  day("u-1", "2026-03-01", 1, 0, 0),
  day("u-2", "2026-03-02", 1, 0, 0),
  cardDay("u-1", "c-1", "2026-03-02", 1, 0),
  cardDay("u-1", "c-2", "2026-03-01", 1, 1),
];

describe(`upgrading a ${postgres ? "PostgreSQL" : "SQLite"} database with rollups to ReviewDay.practice`, () => {
  const clients: { $disconnect(): Promise<void> }[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

  it("backfills each day's practice count from its own rows and keeps every row", async () => {
    const url = await upgradeAcross("practice_upgrade", MIGRATION, FIXTURE);

    const db = createPrismaClient(url);
    clients.push(db);
    const days = await db.reviewDay.findMany({ orderBy: { id: "asc" } });
    expect(days.map((d) => [d.id, d.reviews, d.base, d.passed, d.practice])).toEqual([
      ["u-1|2026-03-01", 1, 0, 0, 0],
      ["u-1|2026-03-02", 3, 1, 1, 2], // local day: two practice grades, one of them on the UTC 1st
      ["u-2|2026-03-02", 1, 0, 0, 1], // practice only: no card row
    ]);
    expect(await db.reviewCardDay.count()).toBe(2);
    expect(await db.reviewLog.count()).toBe(6);
    expect((await db.user.findUniqueOrThrow({ where: { id: "u-1" } })).timeZone).toBe("Europe/Berlin");
  });
});
