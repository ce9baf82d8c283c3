import { describe, expect, it } from "vitest";
import type Database from "better-sqlite3";
import { sqliteBefore } from "../support/sqlite-upgrade";

// Issue 11: the card-state index (userId, due) becomes (userId, due, state, reps, lapses, cardId) so
// the class pages count from the index alone. A database with card states keeps every row, and the
// due queue's query and the class's count both read the new index.
const plan = (db: Database.Database, sql: string, ...args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join("\n");

describe("migration: class_covering_indexes", () => {
  it("keeps every card state and serves the due queue and the class counts from the new index", () => {
    const { db, upgrade } = sqliteBefore("class_covering_indexes");
    const at = "2026-03-01T10:00:00.000+00:00";
    db.prepare(
      `INSERT INTO "User" (id, email, name, passwordHash, updatedAt) VALUES ('u1', 'one@example.edu', 'One', 'x', ?)`,
    ).run(at);
    db.prepare(
      `INSERT INTO "Deck" (id, slug, title, description, updatedAt) VALUES ('d1', 'deck', 'Deck', 'A deck', ?)`,
    ).run(at);
    const card = db.prepare(
      `INSERT INTO "Card" (id, key, deckId, kind, position, title, front, back, updatedAt) VALUES (?, ?, 'd1', 'fact', ?, 'Card', 'Q', 'A', ?)`,
    );
    const state = db.prepare(
      `INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, reps, lapses, state, updatedAt) VALUES (?, 'u1', ?, ?, 1, 5, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= 3; i++) {
      card.run(`c${i}`, `card-${i}`, i, at);
      state.run(`s${i}`, `c${i}`, `2026-03-0${i + 1}T10:00:00.000+00:00`, i, i - 1, i === 3 ? 0 : 2, at);
    }
    const dump = (t: string) => db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all();
    const before = dump("CardState");

    upgrade();

    expect(dump("CardState")).toEqual(before);
    const indexes = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CardState'`)
      .pluck()
      .all();
    expect(indexes).toContain("CardState_userId_due_state_reps_lapses_cardId_idx");
    expect(indexes).not.toContain("CardState_userId_due_idx");
    // The due queue: a learner's states by due date.
    const due = `SELECT "cardId" FROM "CardState" WHERE "userId" = ? AND "due" <= ? ORDER BY "due"`;
    expect(plan(db, due, "u1", at)).toMatch(/CardState_userId_due_state_reps_lapses_cardId_idx/);
    expect(db.prepare(due).pluck().all("u1", "2026-03-03T10:00:00.000+00:00")).toEqual(["c1", "c2"]);
    // The class pages' counts: from the index alone, never the table.
    const counts = `SELECT SUM(CASE WHEN "state" <> 0 THEN 1 ELSE 0 END), SUM("lapses") FROM "CardState" WHERE "userId" = ? AND "reps" > 0`;
    expect(plan(db, counts, "u1")).toMatch(/COVERING INDEX CardState_userId_due_state_reps_lapses_cardId_idx/);
    expect(db.prepare(counts).raw().get("u1")).toEqual([2, 3]);
    db.close();
  });
});
