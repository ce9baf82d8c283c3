import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// Prisma's --from-url diff is not available with a driver adapter, so drift is checked by
// comparing two real databases: one built by replaying every migration (as production is),
// one built straight from schema.prisma. Their tables, columns, indexes and keys must match.

function describeSchema(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
    )
    .all() as { name: string }[];
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    out[name] = {
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      foreignKeys: (db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as Record<string, unknown>[]).map(
        ({ id, seq, ...fk }) => fk,
      ),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((ix) => ({
          name: ix.name,
          unique: ix.unique,
          columns: (db.prepare(`PRAGMA index_info("${ix.name}")`).all() as { name: string }[]).map((c) => c.name),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }
  db.close();
  return out;
}

describe("migrations", () => {
  it("replaying every migration on an empty database gives exactly schema.prisma (no drift)", () => {
    const dir = mkdtempSync(join(tmpdir(), "drift-"));
    const prisma = resolve("node_modules", ".bin", "prisma");
    const migrated = join(dir, "migrated.db");
    execFileSync(prisma, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${migrated}` },
      stdio: "pipe",
    });

    const sql = execFileSync(
      prisma,
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: `file:${join(dir, "unused.db")}` },
      },
    );
    const direct = new Database(join(dir, "direct.db"));
    direct.exec(sql);
    direct.close();

    const fromMigrations = describeSchema(migrated);
    expect(Object.keys(fromMigrations).length).toBeGreaterThan(10);
    expect(fromMigrations).toEqual(describeSchema(join(dir, "direct.db")));
  });
});
