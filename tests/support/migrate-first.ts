// `prisma migrate deploy` as an older release would run it: only the first `count` migrations of the
// URL's database, through a throwaway config (the real prisma.config.ts always takes them all).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { databaseProvider } from "@/lib/db-url.mjs";

export function migrationFolder(url: string) {
  return databaseProvider(url) === "postgresql" ? "prisma/postgres" : "prisma";
}

export function migrationNamesFor(url: string) {
  return readdirSync(join(migrationFolder(url), "migrations"))
    .filter((n) => /^\d+_/.test(n))
    .sort();
}

export function migrateDeployFirst(url: string, count: number) {
  const source = migrationFolder(url);
  const dir = mkdtempSync(join(tmpdir(), "migrate-first-"));
  mkdirSync(join(dir, "migrations"));
  cpSync(join(source, "schema.prisma"), join(dir, "schema.prisma"));
  cpSync(join(source, "migrations", "migration_lock.toml"), join(dir, "migrations", "migration_lock.toml"));
  for (const name of migrationNamesFor(url).slice(0, count)) {
    cpSync(join(source, "migrations", name), join(dir, "migrations", name), { recursive: true });
  }
  // Absolute imports: the config lives outside the project, where node_modules cannot be found.
  const mod = (p: string) => JSON.stringify(resolve("node_modules", p));
  const adapter =
    databaseProvider(url) === "postgresql"
      ? `const { PrismaPg } = await import(${mod("@prisma/adapter-pg/dist/index.mjs")});\n    return new PrismaPg({ connectionString: process.env.DATABASE_URL });`
      : `const { PrismaBetterSQLite3 } = await import(${mod("@prisma/adapter-better-sqlite3/dist/index.mjs")});\n    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL });`;
  writeFileSync(
    join(dir, "prisma.config.mjs"),
    `import { defineConfig } from ${mod("@prisma/config/dist/index.js")};
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(join(dir, "schema.prisma"))},
  migrations: { path: ${JSON.stringify(join(dir, "migrations"))} },
  async adapter() {
    ${adapter}
  },
});
`,
  );
  return execFileSync(
    resolve("node_modules", ".bin", "prisma"),
    ["migrate", "deploy", "--config", join(dir, "prisma.config.mjs")],
    {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
      stdio: "pipe",
    },
  );
}
