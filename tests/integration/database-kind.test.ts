import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// The integration suite runs twice in CI: on SQLite (npm run test:unit) and on PostgreSQL
// (npm run test:pg). This makes sure each pass really talks to the database it claims to.
describe("the database under test", () => {
  it(`is ${process.env.TEST_DATABASE === "postgresql" ? "PostgreSQL" : "SQLite"}, reached through lib/db`, async () => {
    if (process.env.TEST_DATABASE === "postgresql") {
      expect(process.env.DATABASE_URL).toMatch(/^postgresql:\/\//);
      const [row] = await db.$queryRaw<{ v: string }[]>`SELECT version() AS "v"`;
      expect(row.v).toMatch(/^PostgreSQL \d+/);
    } else {
      expect(process.env.DATABASE_URL).toMatch(/^file:/);
      const [row] = await db.$queryRaw<{ v: string }[]>`SELECT sqlite_version() AS "v"`;
      expect(row.v).toMatch(/^3\.\d+/);
    }
  });
});
