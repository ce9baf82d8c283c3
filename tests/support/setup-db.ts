// Runs before every test file (vitest setupFiles): each file gets its own real database, a copy of
// the one global-setup.ts migrated with `prisma migrate deploy`, so files never see each other's rows.
// SQLite by default: a copy of the template file. With TEST_DATABASE=postgresql (npm run test:pg):
// a new database on the TEST_POSTGRES_URL server, created from the template database.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createDatabase, testPostgresUrl } from "./postgres";

if (process.env.TEST_DATABASE === "postgresql") {
  const name = `${inject("postgresPrefix")}_${randomBytes(4).toString("hex")}`;
  process.env.DATABASE_URL = await createDatabase(testPostgresUrl(), name, inject("postgresTemplate"));
} else {
  const file = join(mkdtempSync(join(tmpdir(), "pe-test-")), "test.db");
  copyFileSync(inject("sqliteTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.AUTH_SECRET ??= "test-secret-not-for-production-000000000000";
