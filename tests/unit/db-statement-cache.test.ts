import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "@/lib/db-statement-cache";

/** The adapter's use of a statement (bind once, then run / raw().all), on a real in-memory SQLite. */
type Adapted = {
  reader: boolean;
  run: () => { changes: number };
  raw: () => { all: () => unknown[][] };
  columns: () => { name: string }[];
};
const adapterPrepare = (db: Database.Database, sql: string, args: unknown[]) =>
  (db.prepare as unknown as (s: string) => { bind: (a: unknown[]) => Adapted })(sql).bind(args);

describe("cacheStatements", () => {
  it("reuses one prepared statement per SQL text, with each call's own arguments", () => {
    const db = new Database(":memory:");
    db.exec('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "v" TEXT)');
    let prepared = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = (sql: string) => (prepared++, prepare(sql));
    cacheStatements(db);
    for (const [id, v] of [
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ] as const) {
      const insert = adapterPrepare(db, 'INSERT INTO "T" ("id", "v") VALUES (?, ?)', [id, v]);
      expect(insert.reader).toBe(false);
      expect(insert.run().changes).toBe(1);
    }
    const select = (id: number) => adapterPrepare(db, 'SELECT "id", "v" FROM "T" WHERE "id" >= ? ORDER BY "id"', [id]);
    expect(select(2).reader).toBe(true);
    expect(
      select(2)
        .columns()
        .map((c) => c.name),
    ).toEqual(["id", "v"]);
    expect(select(2).raw().all()).toEqual([
      [2, "b"],
      [3, "c"],
    ]);
    expect(select(3).raw().all()).toEqual([[3, "c"]]);
    expect(prepared).toBe(2); // one INSERT, one SELECT, however many calls
    // A failing run (primary key taken) leaves the cached statement usable.
    expect(() => adapterPrepare(db, 'INSERT INTO "T" ("id", "v") VALUES (?, ?)', [1, "x"]).run()).toThrow(/UNIQUE/);
    expect(adapterPrepare(db, 'INSERT INTO "T" ("id", "v") VALUES (?, ?)', [4, "d"]).run().changes).toBe(1);
    db.close();
  });
});
