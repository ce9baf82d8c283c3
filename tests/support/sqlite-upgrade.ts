// Upgrade tests on SQLite: a database file as an older release left it (every migration before one
// step applied, from the committed migration files), then the upgrade `prisma migrate deploy` would
// run (that step and every later one), so rows written in between meet the real migrations.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DIR = join(process.cwd(), "prisma", "migrations");

/** The SQLite migrations' folder names, oldest first. */
export const SQLITE_MIGRATIONS = readdirSync(DIR)
  .filter((n) => /^\d+_/.test(n))
  .sort();

/** The position of the migration named `<timestamp>_<suffix>`; a missing name is a test error. */
export function migrationIndex(suffix: string): number {
  const i = SQLITE_MIGRATIONS.findIndex((n) => n.endsWith(`_${suffix}`));
  if (i < 0) throw new Error(`no migration named *_${suffix} in ${DIR}`);
  return i;
}

function apply(db: Database.Database, name: string) {
  db.exec(readFileSync(join(DIR, name, "migration.sql"), "utf8"));
}

/**
 * A new SQLite file with every migration before `*_<suffix>` applied; `upgrade()` applies that one
 * and the rest. Fails if the step is the first migration (there would be no older release to upgrade).
 */
export function sqliteBefore(suffix: string): { db: Database.Database; upgrade: () => void } {
  const step = migrationIndex(suffix);
  if (step === 0) throw new Error(`*_${suffix} is the first migration: nothing to upgrade from`);
  const db = new Database(join(mkdtempSync(join(tmpdir(), "upgrade-")), "app.db"));
  for (const name of SQLITE_MIGRATIONS.slice(0, step)) apply(db, name);
  return { db, upgrade: () => SQLITE_MIGRATIONS.slice(step).forEach((name) => apply(db, name)) };
}
