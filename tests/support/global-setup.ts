// Once per vitest run: one database migrated by `prisma migrate deploy` (the real migrations, as
// `npm run db:migrate` applies them in production), which every test file's database is copied from
// (tests/support/setup-db.ts). SQLite: a template file. PostgreSQL (TEST_DATABASE=postgresql): a
// template database on the TEST_POSTGRES_URL server; everything this run created is dropped at the end.
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    const file = join(mkdtempSync(join(tmpdir(), "pe-template-")), "template.db");
    migrateDeploy(`file:${file}`);
    const db = new Database(file);
    db.pragma("journal_mode = WAL"); // as scripts/lib.mjs sets it; kept in the file, so in every copy
    db.close(); // a clean close folds the WAL back in: the file alone is the whole database
    project.provide("sqliteTemplate", file);
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
