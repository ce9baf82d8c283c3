// Runs before every test file (vitest setupFiles): each file gets its own real database, a copy of
// the one global-setup.ts migrated with `prisma migrate deploy`, so files never see each other's rows.
// SQLite by default: a copy of the template file. With TEST_DATABASE=postgresql (npm run test:pg):
// a new database on the TEST_POSTGRES_URL server, created from the template database.
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createDatabase, testPostgresUrl } from "./postgres";

/** A SQLite file at any migration: the SQL of the first `count` migrations applied in order (for upgrade tests). */
export function applyMigrations(file: string, count = Infinity) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const dir = join(process.cwd(), "prisma", "migrations");
  const names = readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .sort()
    .slice(0, count);
  for (const name of names) db.exec(readFileSync(join(dir, name, "migration.sql"), "utf8"));
  db.close();
}

if (process.env.TEST_DATABASE === "postgresql") {
  const name = `${inject("postgresPrefix")}_${randomBytes(4).toString("hex")}`;
  process.env.DATABASE_URL = await createDatabase(testPostgresUrl(), name, inject("postgresTemplate"));
} else {
  const file = join(mkdtempSync(join(tmpdir(), "pe-test-")), "test.db");
  copyFileSync(inject("sqliteTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.AUTH_SECRET ??= "test-secret-not-for-production-000000000000";
