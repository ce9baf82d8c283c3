// Runs before every test file (vitest setupFiles): each file gets its own real SQLite file,
// migrated exactly as production is (the SQL in prisma/migrations, in order).
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function applyMigrations(file: string) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const dir = join(process.cwd(), "prisma", "migrations");
  for (const name of readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .sort()) {
    db.exec(readFileSync(join(dir, name, "migration.sql"), "utf8"));
  }
  db.close();
}

const folder = mkdtempSync(join(tmpdir(), "pe-test-"));
const file = join(folder, "test.db");
applyMigrations(file);
process.env.DATABASE_URL = `file:${file}`;
process.env.AUTH_SECRET ??= "test-secret-not-for-production-000000000000";
