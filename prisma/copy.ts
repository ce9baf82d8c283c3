// `npm run db:copy -- --from <url> --to <url> [--replace] [--batch 1000]`: copies every table, e.g.
//   npm run db:copy -- --from file:./data/app.db --to postgresql://paramlab:…@db.example.edu:5432/paramlab
// Stop the app first (a grade made during the copy would be missed). The target is migrated first
// (prisma migrate deploy) and must be empty unless --replace, which deletes its rows in the same
// transaction. Afterwards every table's row count and checksum are compared; any difference fails.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { databaseProvider } from "@/lib/db-url.mjs";
import { copyDatabase, TargetNotEmpty } from "./copy-tables";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const from = arg("from");
const to = arg("to");
const batchSize = Number(arg("batch") ?? 1000);
const hide = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

function usage(problem: string): never {
  console.error(
    `${problem}\nusage: npm run db:copy -- --from <database URL> --to <database URL> [--replace] [--batch 1000]`,
  );
  process.exit(2);
}
if (!from || !to) usage("Both --from and --to are needed.");
for (const url of [from, to])
  if (!databaseProvider(url)) usage(`Not a SQLite (file:…) or PostgreSQL (postgresql://…) URL: ${hide(url)}`);
if (from === to) usage("--from and --to are the same database.");
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
  usage("--batch must be a whole number from 1 to 10000.");

/** Names of the migrations a database has applied (the PostgreSQL ones mirror the SQLite names). */
async function applied(db: ReturnType<typeof createPrismaClient>) {
  const rows = await db.$queryRaw<
    { name: string }[]
  >`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  return rows.map((r) => r.name).sort();
}

async function main() {
  console.log(`Migrating the target ${hide(to!)} (prisma migrate deploy)…`);
  execFileSync(resolve("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: to },
    stdio: "inherit",
  });
  const source = createPrismaClient(from);
  const target = createPrismaClient(to);
  try {
    const [a, b] = [await applied(source), await applied(target)];
    if (a.join() !== b.join()) {
      const behind = b.filter((n) => !a.includes(n));
      throw new Error(
        behind.length
          ? `The source is behind (missing ${behind.join(", ")}): run \`DATABASE_URL=<source> npm run db:migrate\` first.`
          : `The source has migrations this code does not know (${a.filter((n) => !b.includes(n)).join(", ")}): copy with the code that made it.`,
      );
    }
    console.log(
      `Copying ${hide(from!)} → ${hide(to!)}${process.argv.includes("--replace") ? " (replacing the target's rows)" : ""}…`,
    );
    const report = await copyDatabase(source, target, {
      replace: process.argv.includes("--replace"),
      batchSize,
      log: console.log,
    });
    console.log("\ntable            rows (source → target)   checksum");
    for (const r of report) {
      console.log(
        `${r.model.padEnd(16)} ${`${r.sourceRows} → ${r.targetRows}`.padEnd(24)} ${r.same ? `${r.sourceChecksum.slice(0, 16)}… same` : "DIFFERENT"}`,
      );
    }
    const bad = report.filter((r) => !r.same);
    if (bad.length)
      throw new Error(`${bad.length} table(s) differ after the copy: ${bad.map((r) => r.model).join(", ")}.`);
    console.log(
      `\nAll ${report.length} tables copied and verified: ${report.reduce((n, r) => n + r.sourceRows, 0)} rows.`,
    );
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

main().catch((e: unknown) => {
  if (e instanceof TargetNotEmpty)
    console.error(`${e.message}\nNothing was copied. Add --replace to delete the target's rows and copy anyway.`);
  else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
