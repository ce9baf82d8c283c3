import { describe, expect, it } from "vitest";
import { createUser, checkCredentials } from "@/lib/server/users";
import { listMyClasses } from "@/lib/server/classes";
import { listDecks } from "@/lib/server/decks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import { toActor } from "@/lib/server/actor";
import { refusal } from "@/tests/support/matchers";

const input = (email: string, role: "student" | "instructor" = "student") => ({
  name: "N",
  email,
  password: "abcdefg1",
  role,
  timeZone: "Europe/Berlin",
});

describe("accounts data layer (real SQLite file)", () => {
  it("stores a bcrypt hash, never the password, and keeps the time zone", async () => {
    const actor = await createUser(input("hash@example.edu"));
    const row = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain("abcdefg1");
    expect(row.timeZone).toBe("Europe/Berlin");
    expect(actor.timeZone).toBe("Europe/Berlin"); // the Actor carries it: no second query for dates
  });

  it("falls back to UTC for an unknown time zone", async () => {
    const actor = await createUser({ ...input("tz@example.edu"), timeZone: "Mars/Olympus" });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).timeZone).toBe("UTC");
    expect(actor.timeZone).toBe("UTC");
  });

  it("maps a user row to an Actor the one way: instructors and admins teach, a broken zone reads as UTC", () => {
    const row = { id: "u", name: "N", email: "n@example.edu", role: "teacher", timeZone: "Not/AZone" };
    expect(toActor(row)).toEqual({
      id: "u",
      name: "N",
      email: "n@example.edu",
      role: "student",
      admin: false,
      teachesClasses: false,
      timeZone: "UTC",
    });
    expect(toActor({ ...row, role: "admin" })).toMatchObject({ role: "instructor", admin: true });
    expect(toActor({ ...row, role: "instructor", timeZone: "Asia/Tokyo" })).toMatchObject({
      role: "instructor",
      timeZone: "Asia/Tokyo",
    });
  });

  it("refuses a taken email, even when two sign-ups race, and leaves one account", async () => {
    const results = await Promise.allSettled([
      createUser(input("race@example.edu")),
      createUser(input("race@example.edu")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect(refusal(rejected.reason).message).toMatch(/already exists/);
    expect(await db.user.count({ where: { email: "race@example.edu" } })).toBe(1);
  });

  it("gives one answer for an unknown email and a wrong password, and accepts the right one", async () => {
    await createUser(input("login@example.edu"));
    expect(await checkCredentials("nobody@example.edu", "abcdefg1")).toEqual({ ok: false });
    expect(await checkCredentials("login@example.edu", "wrong-pass-1")).toEqual({ ok: false });
    const ok = await checkCredentials(" LOGIN@example.edu ", "abcdefg1");
    expect(ok.ok && ok.actor).toMatchObject({ email: "login@example.edu", role: "student", timeZone: "Europe/Berlin" });
  });

  it("refuses students in the instructor data layer, not only on the page", async () => {
    const student = await createUser(input("s@example.edu"));
    const teacher = await createUser(input("t@example.edu", "instructor"));
    await expect(listMyClasses(student)).rejects.toMatchObject({ status: 403 });
    await expect(listMyClasses(teacher)).resolves.toEqual([]);
    // @ts-expect-error a missing actor is refused too
    await expect(listDecks(null)).rejects.toMatchObject({ status: 401 });
  });
});
