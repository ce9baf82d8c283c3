// The work of `npm run db:copy` (prisma/copy.ts): every table from one database to another — SQLite
// to PostgreSQL when a class outgrows one machine, or back — through the Prisma client of each, so
// every value keeps its type. Tables go parents first (the foreign keys decide the order), rows in
// batches by id, all inside one transaction on the target: a failed copy leaves it as it was.
// Then each table is checked on both sides: its row count and a checksum of its rows.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Row = Record<string, unknown>;
type Delegate = {
  count(): Promise<number>;
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  deleteMany(): Promise<{ count: number }>;
};

/** Model names in an order where every model comes after the models its foreign keys point to. */
export function modelsInForeignKeyOrder(schema = readFileSync("prisma/schema.prisma", "utf8")): string[] {
  const models = [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
    name,
    // a relation field that holds the key: `deck Deck @relation(fields: [deckId], …)`
    parents: [...body.matchAll(/^\s*\w+\s+(\w+)\??\s+@relation\([^)]*\bfields:/gm)]
      .map((m) => m[1])
      .filter((p) => p !== name),
  }));
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(" → ")}`);
    const model = models.find((m) => m.name === name);
    if (!model) throw new Error(`relation to unknown model ${name}`);
    for (const parent of model.parents) visit(parent, [...path, name]);
    order.push(name);
  };
  for (const m of models) visit(m.name, []);
  return order;
}

/**
 * Each model's primary key field (`id` for most, `key` for a table such as a rate-limit store):
 * rows are read in batches ordered by it. A composite key (@@id) is refused, not guessed.
 */
export function primaryKeys(schema = readFileSync("prisma/schema.prisma", "utf8")): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [, name, body] of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const field = /^\s*(\w+)\s+\w+\s+[^\n]*@id\b/m.exec(body)?.[1];
    if (!field || /@@id\b/.test(body)) throw new Error(`db:copy needs a single-field @id on model ${name}`);
    keys[name] = field;
  }
  return keys;
}

/** The client's delegate for a model (`ReviewLog` → `db.reviewLog`). */
const delegate = (db: PrismaClient, model: string) =>
  (db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];

let keys: Record<string, string> | undefined;

/** Rows of a model in batches ordered by its primary key. */
async function* batches(db: PrismaClient, model: string, size: number) {
  const key = (keys ??= primaryKeys())[model];
  let cursor: unknown;
  for (;;) {
    const rows = await delegate(db, model).findMany({
      take: size,
      orderBy: { [key]: "asc" },
      ...(cursor === undefined ? {} : { cursor: { [key]: cursor }, skip: 1 }),
    });
    if (!rows.length) return;
    yield rows;
    cursor = rows[rows.length - 1][key];
  }
}

/** A value as text that is the same whichever database it came from. */
function canonical(row: Row) {
  const value = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? String(v) : v);
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, value(row[k])]),
  );
}

/**
 * The number of rows and a checksum of their content: the sum of each row's SHA-256 (mod 2^256),
 * so it does not depend on the order the database returns them in (collations differ).
 */
export async function tableDigest(db: PrismaClient, model: string, size = 1000) {
  let rows = 0;
  let sum = 0n;
  const mod = 1n << 256n;
  for await (const batch of batches(db, model, size)) {
    for (const row of batch) {
      sum = (sum + BigInt(`0x${createHash("sha256").update(canonical(row)).digest("hex")}`)) % mod;
      rows++;
    }
  }
  return { rows, checksum: sum.toString(16).padStart(64, "0") };
}

export class TargetNotEmpty extends Error {
  constructor(readonly tables: { model: string; rows: number }[]) {
    super(`The target database already has rows (${tables.map((t) => `${t.model}: ${t.rows}`).join(", ")}).`);
  }
}

export type CopyReport = {
  model: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  same: boolean;
}[];

export async function copyDatabase(
  source: PrismaClient,
  target: PrismaClient,
  opts: { replace?: boolean; batchSize?: number; models?: string[]; log?: (line: string) => void } = {},
): Promise<CopyReport> {
  const models = opts.models ?? modelsInForeignKeyOrder();
  const size = opts.batchSize ?? 1000;
  const log = opts.log ?? (() => {});
  const filled = [];
  for (const model of models) {
    const rows = await delegate(target, model).count();
    if (rows) filled.push({ model, rows });
  }
  if (filled.length && !opts.replace) throw new TargetNotEmpty(filled);

  await target.$transaction(
    async (tx) => {
      const t = tx as unknown as PrismaClient;
      if (opts.replace) for (const model of [...models].reverse()) await delegate(t, model).deleteMany();
      for (const model of models) {
        let copied = 0;
        for await (const rows of batches(source, model, size)) {
          copied += (await delegate(t, model).createMany({ data: rows })).count;
          if (copied % (size * 50) === 0) log(`  ${model}: ${copied} rows…`);
        }
        log(`${model}: ${copied} rows copied`);
      }
    },
    { timeout: 24 * 3_600_000, maxWait: 60_000 },
  );

  const report: CopyReport = [];
  for (const model of models) {
    const [from, to] = await Promise.all([tableDigest(source, model, size), tableDigest(target, model, size)]);
    report.push({
      model,
      sourceRows: from.rows,
      targetRows: to.rows,
      sourceChecksum: from.checksum,
      targetChecksum: to.checksum,
      same: from.rows === to.rows && from.checksum === to.checksum,
    });
  }
  return report;
}
