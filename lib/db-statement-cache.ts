import type { Database, Statement } from "better-sqlite3";

/**
 * Prisma's better-sqlite3 adapter prepares every statement anew (`client.prepare(sql).bind(args)`
 * per query), and SQLite's prepare is a large share of a cheap query (issue 11's profile: ~4 % of
 * a grade's CPU under `prepare`). Prisma sends the same few SQL texts over and over, so this keeps
 * each prepared statement per connection and hands the adapter a fresh view of it per call: what
 * the adapter uses of a statement (`bind(args)` once, then `run`, `reader`, `columns`, `raw().all`)
 * with the arguments passed at each run instead of bound for good (a bound statement cannot be
 * bound again). All of it runs synchronously, so one statement is never used by two calls at once.
 */
const MAX_STATEMENTS = 500;

type View = {
  reader: boolean;
  columns: () => ReturnType<Statement["columns"]>;
  run: () => ReturnType<Statement["run"]>;
  raw: () => { all: () => unknown[] };
};

function view(stmt: Statement, args: unknown[]): View {
  return {
    reader: stmt.reader,
    columns: () => stmt.columns(),
    run: () => stmt.run(...args),
    raw: () => ({ all: () => stmt.raw(true).all(...args) }),
  };
}

export function cacheStatements(client: Database): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  const cached = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= MAX_STATEMENTS) cache.clear(); // a crude bound: Prisma's texts are few
      stmt = prepare(sql);
      cache.set(sql, stmt);
    }
    return { ...view(stmt, []), bind: (args: unknown[]) => view(stmt, args) };
  };
  (client as unknown as { prepare: typeof cached }).prepare = cached;
}
