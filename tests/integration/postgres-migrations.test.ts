import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createDatabase, describePostgresSchema, testPostgresUrl, withClient } from "../support/postgres";

// The PostgreSQL half of tests/integration/migrations.test.ts. This file's database was built by
// `prisma migrate deploy` from prisma/postgres/migrations (tests/support/global-setup.ts); it must
// equal a database built straight from prisma/postgres/schema.prisma. Both are generated from the
// SQLite originals (npm run db:postgres), so this shows the generator's migrations are right.
describe.runIf(process.env.TEST_DATABASE === "postgresql")("PostgreSQL migrations", () => {
  it("replaying every generated migration gives exactly the generated schema (no drift)", async () => {
    // --script only prints SQL; a SQLite URL keeps the CLI from connecting anywhere.
    const sql = execFileSync(
      resolve("node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"],
      {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), "pg-drift-")), "unused.db")}` },
      },
    );
    const direct = await createDatabase(testPostgresUrl(), `${inject("postgresPrefix")}_direct`);
    await withClient(direct, (c) => c.query(sql));

    const migrated = await describePostgresSchema(process.env.DATABASE_URL!);
    expect(new Set(migrated.columns.map((c) => c.table_name)).size).toBeGreaterThan(10);
    expect(migrated.indexes.length).toBeGreaterThan(20);
    expect(migrated).toEqual(await describePostgresSchema(direct));
  });

  it("records every migration as applied, under the SQLite migration's name", async () => {
    const rows = await withClient(process.env.DATABASE_URL!, (c) =>
      c.query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      ),
    );
    const { migrationNames } = await import("@/scripts/postgres-schema.mjs");
    expect(rows.rows.map((r) => r.migration_name)).toEqual(migrationNames("prisma/migrations"));
  });
});
