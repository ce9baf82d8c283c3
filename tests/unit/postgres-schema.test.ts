import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DATA_MOVE_WARNING,
  POSTGRES_MIGRATIONS,
  migrationNames,
  postgresSchemaFrom,
  postgresStatus,
  SQLITE_MIGRATIONS,
} from "@/scripts/postgres-schema.mjs";

// prisma/schema.prisma and prisma/migrations are the source of truth; prisma/postgres/ is generated
// from them. This needs no PostgreSQL server, so it fails on every machine the moment they drift.
// (On PostgreSQL, tests/integration/postgres-migrations.test.ts then checks that the generated
// migrations build exactly the generated schema.)
const FIX = "Run `npm run db:postgres` and commit prisma/postgres.";

describe("the PostgreSQL schema and migrations follow the SQLite ones", () => {
  const status = postgresStatus();

  it("prisma/postgres/schema.prisma is schema.prisma with only the provider and client folder changed", () => {
    expect(status.schemaUpToDate, `prisma/postgres/schema.prisma is out of date. ${FIX}`).toBe(true);
    const sqlite = readFileSync("prisma/schema.prisma", "utf8");
    const postgres = readFileSync("prisma/postgres/schema.prisma", "utf8");
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output     = "../../lib/generated/prisma-postgres"');
    // Every model line survives unchanged.
    const models = (s: string) => s.split("\n").filter((l) => !/provider|output|GENERATED/.test(l));
    expect(models(postgres)).toEqual(models(sqlite));
  });

  it("every SQLite migration has its PostgreSQL twin under the same name, and no other", () => {
    expect(status.missing, `PostgreSQL migrations missing. ${FIX}`).toEqual([]);
    expect(status.orphans, "PostgreSQL migrations without a SQLite original (renamed or deleted?)").toEqual([]);
    expect(migrationNames(POSTGRES_MIGRATIONS)).toEqual(migrationNames(SQLITE_MIGRATIONS));
    expect(status.lockUpToDate, `prisma/postgres/migrations/migration_lock.toml must say postgresql. ${FIX}`).toBe(
      true,
    );
  });

  it("each generated migration says where it came from", () => {
    for (const name of migrationNames(POSTGRES_MIGRATIONS)) {
      const sql = readFileSync(`${POSTGRES_MIGRATIONS}/${name}/migration.sql`, "utf8");
      expect(sql.split("\n")[0], name).toContain(`from prisma/migrations/${name} (SQLite)`);
    }
  });

  it("no generated migration still waits for a data move to be written by hand", () => {
    const unfinished = migrationNames(POSTGRES_MIGRATIONS).filter((name) =>
      readFileSync(`${POSTGRES_MIGRATIONS}/${name}/migration.sql`, "utf8").includes(DATA_MOVE_WARNING),
    );
    expect(unfinished, "write the data move in PostgreSQL's SQL, then delete the WARNING lines").toEqual([]);
  });

  it("no PostgreSQL migration has a semicolon in a comment (the script is split at every ';')", () => {
    // Prisma's PostgreSQL path runs a migration statement by statement, cut at each ';' even in a
    // `--` comment: the rest of that comment line reaches PostgreSQL as SQL ("syntax error at or
    // near …"), which SQLite's whole-script run never shows.
    const offending = migrationNames(POSTGRES_MIGRATIONS).flatMap((name) =>
      readFileSync(`${POSTGRES_MIGRATIONS}/${name}/migration.sql`, "utf8")
        .split("\n")
        .map((line, i) => ({ line, where: `${name}:${i + 1}` }))
        .filter(({ line }) => /--.*;/.test(line))
        .map(({ where }) => where),
    );
    expect(offending, "reword the comment without ';'").toEqual([]);
  });

  it("the conversion refuses a schema it does not recognise instead of guessing", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}')).toThrow(/provider = "sqlite"/);
  });
});
