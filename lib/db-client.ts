import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Database } from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { databaseProvider, databaseUrl } from "@/lib/db-url.mjs";
import { cacheStatements } from "@/lib/db-statement-cache";

/**
 * A new client on the database named by DATABASE_URL (or the embedded SQLite default).
 *
 * Prisma generates a client per provider (its SQL and its query compiler differ), so there are
 * two, made from the same models: lib/generated/prisma from prisma/schema.prisma (SQLite) and
 * lib/generated/prisma-postgres from prisma/postgres/schema.prisma, which is generated from it
 * (`npm run db:postgres`). The URL picks one at run time, so one build and one test run serve
 * both databases. The rest of the app is typed against the SQLite client; the PostgreSQL one has
 * the same models and methods (TypeScript cannot prove that across two generated copies, hence the
 * cast), and the integration suite runs on both databases to show it.
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url });
  // Each connection the adapter opens keeps its prepared statements (lib/db-statement-cache.ts).
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    cacheStatements((connection as unknown as { client: Database }).client);
    return connection;
  };
  return new PrismaClient({ adapter });
}
