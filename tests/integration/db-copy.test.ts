import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordGrade } from "@/lib/server/study";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/server/quiz-attempts";
import { seedDemo } from "@/prisma/seed-demo";
import { copyDatabase, modelsInForeignKeyOrder, tableDigest } from "@/prisma/copy-tables";
import { createDatabase, testPostgresUrl } from "../support/postgres";
import { itemIdsOf, makeClassQuiz, makeUser, responseFor, seedContent } from "./quiz-fixtures";

// `npm run db:copy`: a class that started on SQLite moves to PostgreSQL (or back) without losing
// anyone's progress. The data is the seed (content, demo accounts and class) plus what students do:
// grades, an undo, quiz attempts with answers. This pass's database (SQLite, or PostgreSQL under
// `npm run test:pg`) is copied by the real command to a SQLite file, and that file by
// copyDatabase to a fresh database of this pass's kind: on PostgreSQL both directions run.
const postgres = process.env.TEST_DATABASE === "postgresql";
const tmp = mkdtempSync(join(tmpdir(), "db-copy-"));
const sqliteCopy = `file:${join(tmp, "copy.db")}`;
const models = modelsInForeignKeyOrder();
const clients: { $disconnect(): Promise<void> }[] = [];

function dbCopy(...args: string[]) {
  const r = spawnSync(resolve("node_modules", ".bin", "tsx"), ["prisma/copy.ts", ...args], {
    encoding: "utf8",
    env: process.env,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

async function digests(client: Parameters<typeof tableDigest>[0]) {
  return Object.fromEntries(await Promise.all(models.map(async (m) => [m, await tableDigest(client, m)] as const)));
}

beforeAll(async () => {
  await seedContent();
  await seedDemo(db);
  const student = (await db.user.findUniqueOrThrow({ where: { email: "student@example.edu" } })).id;
  const actor = { id: student, role: "student" as const, name: "Demo", email: "student@example.edu", timeZone: "UTC" };
  const cards = await db.card.findMany({ where: { active: true }, orderBy: { position: "asc" }, take: 3 });
  const now = Date.now();
  for (const [i, card] of cards.entries()) {
    await recordGrade(actor, {
      id: randomUUID(),
      cardId: card.id,
      rating: (i % 4) + 1,
      mode: "review",
      reviewedAt: new Date(now - (3 - i) * 60_000),
      durationMs: 1500 + i,
    });
  }
  await recordGrade(actor, {
    id: randomUUID(),
    cardId: cards[0].id,
    rating: 4,
    mode: "practice",
    reviewedAt: new Date(now),
  });
  const teacher = await makeUser("instructor");
  const learner = await makeUser("student");
  const { quiz } = await makeClassQuiz(teacher, [learner]);
  const { attemptId } = await startAttempt(learner, quiz.id);
  for (const [i, item] of (await itemIdsOf(attemptId)).entries()) {
    await saveAnswer(learner, {
      attemptId,
      quizItemId: item,
      response: await responseFor(attemptId, item, i % 2 === 0),
    });
  }
  await submitAttempt(learner, attemptId);
});

afterAll(() => Promise.all(clients.map((c) => c.$disconnect())));

// Generous: each run of the command starts tsx and \`prisma migrate deploy\` (seconds each on a busy machine).
describe("npm run db:copy", { timeout: 480_000 }, () => {
  it("copies every table in foreign-key order and checks each one's row count and checksum", async () => {
    const run = dbCopy("--from", process.env.DATABASE_URL!, "--to", sqliteCopy, "--batch", "4");
    expect(run.out).toContain(`All ${models.length} tables copied and verified`);
    expect(models.length).toBeGreaterThanOrEqual(13);
    expect(run.code).toBe(0);

    const source = await digests(db);
    for (const m of [
      "User",
      "Card",
      "Question",
      "Quiz",
      "CardState",
      "ReviewLog",
      "Class",
      "Enrollment",
      "Attempt",
      "AttemptAnswer",
    ]) {
      expect(source[m].rows, m).toBeGreaterThan(0);
    }
    const copy = createPrismaClient(sqliteCopy);
    clients.push(copy);
    expect(await digests(copy)).toEqual(source);

    // …and on to a fresh database of this pass's kind (SQLite → PostgreSQL under test:pg).
    // (already migrated: a copy of this run's template, as every test file's own database is)
    const freshUrl = postgres
      ? await createDatabase(testPostgresUrl(), `${inject("postgresPrefix")}_copy`, inject("postgresTemplate"))
      : `file:${join(tmp, "fresh.db")}`;
    if (!postgres) copyFileSync(inject("sqliteTemplate"), freshUrl.slice("file:".length));
    const fresh = createPrismaClient(freshUrl);
    clients.push(fresh);
    const report = await copyDatabase(copy, fresh, { batchSize: 3 });
    expect(report.every((r) => r.same)).toBe(true);
    expect(await digests(fresh)).toEqual(source);
    const log = await fresh.reviewLog.findFirstOrThrow({ where: { mode: "practice" } });
    expect([log.rating, log.reviewedAt instanceof Date, typeof log.durationMs]).toEqual([4, true, "object"]);
  });

  it("refuses a target that has rows, changing nothing, unless told to replace them", async () => {
    const copy = createPrismaClient(sqliteCopy);
    clients.push(copy);
    const before = await digests(copy);
    await db.user.update({ where: { email: "student@example.edu" }, data: { name: "Renamed after the copy" } });

    const refused = dbCopy("--from", process.env.DATABASE_URL!, "--to", sqliteCopy);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/already has rows \(User: \d+/);
    expect(refused.out).toMatch(/Nothing was copied\. Add --replace/);
    expect(await digests(copy)).toEqual(before);

    const replaced = dbCopy("--from", process.env.DATABASE_URL!, "--to", sqliteCopy, "--replace");
    expect(replaced.code, replaced.out).toBe(0);
    expect(await copy.user.findUniqueOrThrow({ where: { email: "student@example.edu" } })).toMatchObject({
      name: "Renamed after the copy",
    });
    expect(await digests(copy)).toEqual(await digests(db));
  });

  it("refuses bad arguments with the usage line", () => {
    const same = dbCopy("--from", sqliteCopy, "--to", sqliteCopy);
    expect([same.code, /same database/.test(same.out), /usage: npm run db:copy/.test(same.out)]).toEqual([
      2,
      true,
      true,
    ]);
    expect(dbCopy("--from", "mysql://u:secret@h/db", "--to", sqliteCopy).out).not.toContain("secret");
  });

  it("orders every model after the models its foreign keys point to", () => {
    expect([...models].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    const before = (a: string, b: string) =>
      expect(models.indexOf(a), `${a} before ${b}`).toBeLessThan(models.indexOf(b));
    before("User", "Class");
    before("Deck", "Card");
    before("Card", "ReviewLog");
    before("Quiz", "QuizItem");
    before("Question", "QuizItem");
    before("QuizItem", "AttemptAnswer");
    before("Attempt", "AttemptAnswer");
    before("Class", "Quiz");
  });
});
