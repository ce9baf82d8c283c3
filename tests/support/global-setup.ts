// Once per vitest run: one database migrated by `prisma migrate deploy` (the real migrations, as
// `npm run db:migrate` applies them in production), which every test file's database is copied from
// (tests/support/setup-db.ts). SQLite: a template file. PostgreSQL (TEST_DATABASE=postgresql): a
// template database on the TEST_POSTGRES_URL server; everything this run created is dropped at the end.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { describeServer } from "@/scripts/postgres.mjs";
import { createDatabase, dropDatabases, migrateDeploy, postgresProblem, testPostgresUrl, uniqueName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresPrefix: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE !== "postgresql") {
    project.provide("sqliteTemplate", sqliteTemplate());
    return;
  }
  const admin = testPostgresUrl();
  const problem = await postgresProblem(admin);
  if (problem) {
    throw new Error(
      `TEST_DATABASE=postgresql, but no PostgreSQL answers at ${describeServer(admin)} (TEST_POSTGRES_URL): ${problem}`,
    );
  }
  const prefix = uniqueName("pe_test");
  const template = `${prefix}_template`;
  migrateDeploy(await createDatabase(admin, template));
  project.provide("postgresPrefix", prefix);
  project.provide("postgresTemplate", template);
  return () => dropDatabases(admin, prefix);
}

/**
 * The SQLite template, kept in the OS temp folder under a hash of the migrations, so a run pays for
 * `prisma migrate deploy` (seconds) only after the migrations change. Made under a private name
 * and renamed into place, so two runs at once never see half a file.
 */
function sqliteTemplate() {
  const dir = join(process.cwd(), "prisma", "migrations");
  const hash = createHash("sha256");
  for (const name of readdirSync(dir)
    .filter((n) => /^\d+_/.test(n))
    .sort()) {
    hash.update(name).update(readFileSync(join(dir, name, "migration.sql")));
  }
  const folder = join(tmpdir(), "paramlab-test-templates");
  const file = join(folder, `${hash.digest("hex").slice(0, 16)}.db`);
  if (existsSync(file)) return file;
  mkdirSync(folder, { recursive: true });
  const fresh = join(mkdtempSync(join(folder, "new-")), "template.db");
  migrateDeploy(`file:${fresh}`);
  const db = new Database(fresh);
  db.pragma("journal_mode = WAL"); // as scripts/lib.mjs sets it; kept in the file, so in every copy
  db.close(); // a clean close folds the WAL back in: the file alone is the whole database
  renameSync(fresh, file);
  rmSync(dirname(fresh), { recursive: true, force: true });
  return file;
}
