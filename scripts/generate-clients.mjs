// `prisma generate` for both databases (run by postinstall): lib/generated/prisma from
// prisma/schema.prisma (SQLite) and lib/generated/prisma-postgres from prisma/postgres/schema.prisma.
// prisma.config.ts picks the schema from DATABASE_URL; generating connects to nothing.
import { bin, run } from "./lib.mjs";
import { DEFAULT_DATABASE_URL } from "../lib/db-url.mjs";

for (const url of [DEFAULT_DATABASE_URL, "postgresql://localhost:5432/unused"]) {
  await run(bin("prisma"), ["generate"], { ...process.env, DATABASE_URL: url });
}
