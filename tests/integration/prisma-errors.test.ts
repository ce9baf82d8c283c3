import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isUniqueViolation, isWriteConflict } from "@/lib/server/prisma-errors";

// The races in lib/server are settled by unique indexes; this checks the adapter really reports P2002.
describe("named Prisma errors, on a real SQLite file", () => {
  it("a second row with a taken unique value is a unique violation; other failures are not", async () => {
    const data = { email: "twice@example.edu", name: "T", passwordHash: "x", role: "student", timeZone: "UTC" };
    await db.user.create({ data });
    const taken = await db.user.create({ data }).catch((e: unknown) => e);
    expect(isUniqueViolation(taken)).toBe(true);
    expect(isWriteConflict(taken)).toBe(false);
    const missing = await db.user.update({ where: { id: "nobody" }, data: { name: "X" } }).catch((e: unknown) => e);
    expect(isUniqueViolation(missing)).toBe(false);
    for (const odd of [null, undefined, "P2002", new Error("P2002")]) expect(isUniqueViolation(odd)).toBe(false);
  });

  it("a raw INSERT of a taken primary key is a unique violation too (the grade path's log insert); a raw syntax error is not", async () => {
    const key = `raw-${Date.now()}`;
    const insert = () =>
      db.$executeRaw`INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${key}, ${0}, ${new Date()})`;
    await insert();
    const taken = await insert().catch((e: unknown) => e);
    expect(isUniqueViolation(taken)).toBe(true);
    const broken = await db.$executeRawUnsafe('INSERT INTO "RateLimit" ("nope") VALUES (1)').catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(isUniqueViolation(broken)).toBe(false);
  });
});
