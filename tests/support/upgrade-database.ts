// Upgrade tests that run on both databases (SQLite, or PostgreSQL under TEST_DATABASE=postgresql):
// an empty database to migrate part-way with `migrateDeployFirst`, and a way to write rows into it
// as plain SQL (the current Prisma client cannot write to an older schema).
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, inject } from "vitest";
import { migrateDeployFirst, migrationNamesFor } from "./migrate-first";
import { createDatabase, migrateDeploy, testPostgresUrl, withClient } from "./postgres";

export const upgradingPostgres = process.env.TEST_DATABASE === "postgresql";

/** A new, empty database of this pass's kind; `tag` names it on the PostgreSQL server. */
export async function emptyDatabase(tag: string): Promise<string> {
  if (!upgradingPostgres) return `file:${join(mkdtempSync(join(tmpdir(), `upgrade-${tag}-`)), "old.db")}`;
  return createDatabase(testPostgresUrl(), `${inject("postgresPrefix")}_${tag}`);
}

/** Runs each SQL statement in order on the database at `url`. */
export async function execAll(url: string, statements: string[]): Promise<void> {
  if (!upgradingPostgres) {
    const db = new Database(url.slice("file:".length));
    for (const s of statements) db.exec(s);
    db.close();
    return;
  }
  await withClient(url, async (c) => {
    for (const s of statements) await c.query(s);
  });
}

/** A ReviewLog row as an INSERT; `more` adds one column, written `"column"=value` (SQL literal). */
export function reviewLogInsert(
  id: string,
  user: string,
  card: string,
  when: string,
  rating: number,
  prev: number,
  more = "",
): string {
  const [column, value] = more ? more.split("=") : [];
  return `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "rating", "reviewedAt", "stateBefore", "stateAfter", "prevState"${
    column ? `, ${column}` : ""
  }) VALUES ('${id}', '${user}', '${card}', ${rating}, '${when}', '{}', '{}', ${prev}${value ? `, ${value}` : ""})`;
}

/**
 * An upgrade across one migration, as a release would run it: a new database with every migration
 * before `migration` applied, `fixture` written into it, then `prisma migrate deploy`, which must
 * apply `migration`. Returns the upgraded database's URL.
 */
export async function upgradeAcross(tag: string, migration: string, fixture: string[]): Promise<string> {
  const url = await emptyDatabase(tag);
  const names = migrationNamesFor(url);
  expect(names).toContain(migration);
  migrateDeployFirst(url, names.indexOf(migration));
  await execAll(url, fixture);
  expect(migrateDeploy(url)).toContain(migration);
  return url;
}
