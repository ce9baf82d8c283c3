// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the last committed schema.prisma and the working one.
// (`prisma migrate dev` cannot run here: its shadow database fails on multi-statement SQL.)
// Then it writes the PostgreSQL twin of the new migration (scripts/postgres-schema.mjs).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, run } from "./lib.mjs";

const name = (process.argv[2] || "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const base = process.env.MIGRATION_BASE || "HEAD";
const previous = join(mkdtempSync(join(tmpdir(), "schema-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", `${base}:prisma/schema.prisma`], { encoding: "utf8" }));
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log(`schema.prisma does not differ from ${base}: no migration written.`);
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.log(`wrote ${join(dir, "migration.sql")}:\n\n${readFileSync(join(dir, "migration.sql"), "utf8")}`);
console.log("PostgreSQL: npm run db:postgres");
await run("node", ["scripts/postgres-schema.mjs"]);
