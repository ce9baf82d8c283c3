import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEFAULT_DATABASE_URL, databaseProvider, databaseUrl } from "./lib/db-url.mjs";

// The embedded default. The CLI must see a URL, or it falls back to downloading engines.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const url = databaseUrl();

// DATABASE_URL picks the database, and with it the schema and the migrations folder:
// prisma/schema.prisma and prisma/migrations for SQLite (the source of truth), and the copies
// generated from them by `npm run db:postgres` for PostgreSQL.
const postgres = databaseProvider(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js", // Wasm schema engine: nothing to download
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    // On PostgreSQL this needs patches/@prisma+adapter-pg+6.19.3.patch (applied at install):
    // without it the schema engine cannot read the migrations table (prisma/orm#27403).
    if (postgres) return new PrismaPg({ connectionString: url });
    mkdirSync(dirname(resolve(url.slice("file:".length))), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
