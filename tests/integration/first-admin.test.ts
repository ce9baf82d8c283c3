import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users";
import { promoteFirstAdmin } from "@/prisma/admin";

const roleOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).role;

afterEach(() => vi.unstubAllEnvs());

describe("ADMIN_EMAIL: the first admin at first start", () => {
  it("an existing account becomes admin at start-up, only while no admin exists", async () => {
    await createUser({ name: "Early", email: "early@first.test", password: "x-early-pass-1" });
    expect(await promoteFirstAdmin(db, {})).toBeNull(); // unset: nothing
    expect(await promoteFirstAdmin(db, { ADMIN_EMAIL: "nobody@first.test" })).toBeNull(); // no such account yet
    expect(await promoteFirstAdmin(db, { ADMIN_EMAIL: " Early@First.test " })).toEqual({
      kind: "promoted",
      email: "early@first.test",
    });
    expect(await roleOf("early@first.test")).toBe("admin");
    await createUser({ name: "Late", email: "late@first.test", password: "x-late-pass-1" });
    expect(await promoteFirstAdmin(db, { ADMIN_EMAIL: "late@first.test" })).toBeNull(); // an admin exists now
    expect(await roleOf("late@first.test")).toBe("student");
  });

  it("signing up with ADMIN_EMAIL makes the admin only while none exists; other sign-ups stay students", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "student" } });
    vi.stubEnv("ADMIN_EMAIL", "boss@first.test");
    await createUser({ name: "Other", email: "other@first.test", password: "x-other-pass-1" });
    expect(await roleOf("other@first.test")).toBe("student");
    const boss = await createUser({ name: "Boss", email: "boss@first.test", password: "x-boss-pass-1" });
    expect(boss.admin).toBe(true);
    vi.stubEnv("ADMIN_EMAIL", "second@first.test");
    await createUser({ name: "Second", email: "second@first.test", password: "x-second-pass-1" });
    expect(await roleOf("second@first.test")).toBe("student");
  });
});
