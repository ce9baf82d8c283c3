import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEFAULT_DATABASE_URL } from "./lib/db-url.mjs";

// The embedded default. The CLI must see a URL, or it falls back to downloading engines.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

function ensureFolder(url: string) {
  if (!url.startsWith("file:")) return;
  mkdirSync(dirname(resolve(url.slice("file:".length))), { recursive: true });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js", // Wasm schema engine: nothing to download
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL!;
    ensureFolder(url);
    return new PrismaBetterSQLite3({ url });
  },
});
