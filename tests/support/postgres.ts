// PostgreSQL for the tests: a server reached through TEST_POSTGRES_URL (a role that may create
// databases; .ci/run makes one), and throwaway databases on it, one per test file, so files run
// in parallel without seeing each other's rows (as each SQLite test file has its own file).
import pg from "pg";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";

export { postgresProblem, testPostgresUrl } from "@/scripts/postgres.mjs";

/** The same server and role, another database. */
export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A name no other run (another helper's, another CI job's) will pick. */
export const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return `"${name}"`;
};

/** CREATE DATABASE (copying `template`, if given: a migrated template makes each test file's database in milliseconds). */
export async function createDatabase(adminUrl: string, name: string, template?: string) {
  await withClient(adminUrl, async (c) => {
    // Two files copying one template at the same instant can collide; the second simply tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
        return;
      } catch (e) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  return withDatabase(adminUrl, name);
}

/** Drops every database whose name starts with `prefix` (WITH (FORCE): the test processes may still hold connections). */
export async function dropDatabases(adminUrl: string, prefix: string) {
  await withClient(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${ident(datname)} WITH (FORCE)`);
  });
}

/** `prisma migrate deploy` against `url`: the same command a department runs (npm run db:migrate). */
export function migrateDeploy(url: string, extraArgs: string[] = []) {
  return execFileSync(resolve("node_modules", ".bin", "prisma"), ["migrate", "deploy", ...extraArgs], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: "pipe",
  });
}

/** Tables, columns, indexes and constraints of a PostgreSQL database (Prisma's own bookkeeping table left out). */
export async function describePostgresSchema(url: string) {
  return withClient(url, async (c) => {
    const skip = "'_prisma_migrations'";
    const columns = await c.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> ${skip} ORDER BY table_name, column_name`,
    );
    const indexes = await c.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> ${skip} ORDER BY indexname`,
    );
    const constraints = await c.query(
      `SELECT t.relname AS table_name, k.conname, k.contype, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> ${skip} ORDER BY k.conname`,
    );
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows };
  });
}
