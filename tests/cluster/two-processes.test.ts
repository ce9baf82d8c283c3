import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { prepareDatabase } from "@/scripts/lib.mjs";
import { createDatabase, dropDatabases, testPostgresUrl, uniqueName } from "../support/postgres";
import { page, postJson, signIn, startApp, stopApp, type AppProcess } from "./processes";

// Two `next start` processes of one production build, on two ports, against one database — what
// a department runs behind a load balancer (npm run start:cluster). Whatever one process writes,
// the other must see, for the same signed-in user: nothing the app needs lives in process memory.
// PostgreSQL is the multi-machine case; SQLite in WAL mode is the several-processes-on-one-machine case.
const kinds = (process.env.CLUSTER_DATABASES || "sqlite").split(",") as ("sqlite" | "postgresql")[];
const firstPort = Number(process.env.CLUSTER_PORT || Number(process.env.E2E_PORT || 3100) + 100);
const SECRET = "cluster-test-secret-0123456789abcdef0123456789";
const STUDENT = { email: "student@example.edu", password: "learn-params-1" };
const INSTRUCTOR = { email: "instructor@example.edu", password: "teach-params-1" };
const doneToday = (html: string) => Number(/>Done<\/dt><dd[^>]*>(\d+)</.exec(html)?.[1] ?? NaN);

describe.each(kinds)("two app processes on one %s database", (kind) => {
  let a: AppProcess | undefined, b: AppProcess | undefined, url: string, prefix: string;
  const db = () => createPrismaClient(url);

  beforeAll(async () => {
    prefix = uniqueName("pe_cluster");
    url =
      kind === "postgresql"
        ? await createDatabase(testPostgresUrl(), prefix)
        : `file:${join(mkdtempSync(join(tmpdir(), "cluster-")), "app.db")}`;
    await prepareDatabase({ demo: true, env: { ...process.env, DATABASE_URL: url } });
    const env = { DATABASE_URL: url, AUTH_SECRET: SECRET };
    [a, b] = await Promise.all([startApp(firstPort, env), startApp(firstPort + 100, env)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([stopApp(a), stopApp(b)]);
    if (kind === "postgresql") await dropDatabases(testPostgresUrl(), prefix);
  });

  it("a session signed in on one process is accepted by the other (one AUTH_SECRET)", async () => {
    const login = await signIn(a!.base, STUDENT.email, STUDENT.password);
    expect(login.cookie, `sign-in answered ${login.status} → ${login.location}`).toBeTruthy();
    const account = await page(b!.base, "/account", login.cookie!);
    expect(account.status).toBe(200);
    expect(account.html).toContain(STUDENT.email);
    expect((await page(b!.base, "/account")).status).toBe(307); // no cookie: sent to sign in
  });

  it("a grade made on one process is seen, replayed once and undone through the other", async () => {
    const { cookie } = await signIn(b!.base, STUDENT.email, STUDENT.password);
    const client = db();
    try {
      const card = await client.card.findFirstOrThrow({ where: { active: true }, orderBy: { position: "asc" } });
      const before = doneToday((await page(b!.base, "/study", cookie!)).html);
      expect(before).toBe(0);

      const grade = {
        id: randomUUID(),
        cardId: card.id,
        rating: 3,
        mode: "review",
        reviewedAt: new Date().toISOString(),
      };
      const onA = await postJson(a!.base, "/api/reviews", cookie!, grade);
      expect(onA.status).toBe(200);
      const receipt = (await onA.json()) as unknown;
      expect(receipt).toMatchObject({ id: grade.id, cardId: card.id, rating: 3, undone: false });

      expect(doneToday((await page(b!.base, "/study", cookie!)).html)).toBe(1); // B reads what A wrote
      const replay = await postJson(b!.base, "/api/reviews", cookie!, grade); // the outbox retries on B
      expect(await replay.json()).toEqual(receipt);
      expect(await client.reviewLog.count({ where: { id: grade.id } })).toBe(1);

      const undo = await postJson(b!.base, "/api/reviews/undo", cookie!, { id: grade.id });
      expect(undo.status).toBe(200);
      expect(doneToday((await page(a!.base, "/study", cookie!)).html)).toBe(0); // and A sees B's undo
      expect((await client.reviewLog.findUniqueOrThrow({ where: { id: grade.id } })).undoneAt).not.toBeNull();
    } finally {
      await client.$disconnect();
    }
  });

  it("a session revoked in the database (sign out everywhere) is refused by both processes on their next request", async () => {
    const { cookie } = await signIn(a!.base, STUDENT.email, STUDENT.password);
    expect((await page(b!.base, "/account", cookie!)).status).toBe(200);
    const client = db();
    try {
      await client.user.update({ where: { email: STUDENT.email }, data: { sessionVersion: { increment: 1 } } });
    } finally {
      await client.$disconnect();
    }
    for (const app of [a!, b!]) expect((await page(app.base, "/account", cookie!)).status).toBe(307);
  });

  it("failed sign-ins counted by either process add up: the throttle holds across processes", async () => {
    // 10 wrong passwords per account and network in 15 minutes (lib/server/throttle.ts), split 5 + 5.
    for (let i = 0; i < 10; i++) {
      const wrong = await signIn(i % 2 ? b!.base : a!.base, INSTRUCTOR.email, `not-the-password-${i}`);
      expect(wrong.cookie).toBeNull();
      expect(wrong.location).not.toMatch(/too_many/);
    }
    for (const app of [a!, b!]) {
      const right = await signIn(app.base, INSTRUCTOR.email, INSTRUCTOR.password);
      expect(right.cookie, `${app.base} let the right password in after 10 failures`).toBeNull();
      expect(right.location).toMatch(/code=too_many_\d+/);
    }
  });
});
