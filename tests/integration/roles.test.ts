import { beforeAll, describe, expect, it, vi } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";

// The one stand-in: the request's headers (tests/support/request-session.ts); the cookie is real.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { actAs } from "@/tests/support/request-session";
import { db } from "@/lib/db";
import { signUpAction } from "@/lib/actions/auth";
import { setRoleAction } from "@/lib/actions/admin";
import { listUsers, setInstructor } from "@/lib/server/admin-users";
import { createUser } from "@/lib/server/users";
import { describeAdmin, ensureAdmin } from "@/prisma/admin";
import type { Actor } from "@/lib/server/actor";
import { stringMatching } from "@/tests/support/matchers";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const roleOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).role;

let admin: Actor;
let student: Actor;
beforeAll(async () => {
  admin = await createUser({ name: "Ada Admin", email: "admin@roles.test", password: "x-admin-pass-1", role: "admin" });
  student = await createUser({ name: "Stu", email: "stu@roles.test", password: "x-stud-pass-1" });
});

describe("roles are granted, not chosen", () => {
  it("sign-up makes a student whatever the form says", async () => {
    await actAs(null);
    const fields = { name: "Eve", email: "eve@roles.test", password: "quiet-harbor-71", timeZone: "UTC" };
    for (const role of ["instructor", "admin"]) {
      const email = `${role}-${fields.email}`;
      const out = await signUpAction(null, form({ ...fields, email, role })).catch((e: unknown) => {
        if (isRedirectError(e)) return "redirected";
        throw e;
      });
      expect(out).toBe("redirected"); // signed in after sign-up
      expect(await roleOf(email)).toBe("student");
    }
  });

  it("a student cannot grant a role, to anyone, through the action or the data layer", async () => {
    const other = await createUser({ name: "Other", email: "other@roles.test", password: "x-other-pass-1" });
    await actAs(student);
    for (const userId of [student.id, other.id]) {
      const out = await setRoleAction(null, form({ userId, role: "instructor" }));
      expect(out).toMatchObject({ ok: false, error: "Only admins can do this." });
    }
    await expect(setInstructor(student, student.id, true)).rejects.toMatchObject({ status: 403 });
    await expect(listUsers(student, {})).rejects.toMatchObject({ status: 403 });
    await actAs(null);
    expect(await setRoleAction(null, form({ userId: student.id, role: "instructor" }))).toMatchObject({ ok: false });
    expect(await roleOf("stu@roles.test")).toBe("student");
    expect(await roleOf("other@roles.test")).toBe("student");
  });

  it("an admin grants and removes instructor; the change ends the user's sessions", async () => {
    const t = await createUser({ name: "Tia Teach", email: "tia@roles.test", password: "x-tia-pass-1" });
    await actAs(admin);
    expect(await setRoleAction(null, form({ userId: t.id, role: "instructor" }))).toMatchObject({
      ok: true,
      message: stringMatching(/Tia Teach is now an instructor/),
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: t.id } });
    expect(after).toMatchObject({ role: "instructor", sessionVersion: 1 });
    expect(await setRoleAction(null, form({ userId: t.id, role: "student" }))).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({
      role: "student",
      sessionVersion: 2,
    });
  });

  it("no request makes or unmakes an admin, and an admin cannot change their own role", async () => {
    const other = await createUser({ name: "Bo", email: "bo@roles.test", password: "x-bo-pass-1", role: "admin" });
    await actAs(admin);
    expect(await setRoleAction(null, form({ userId: other.id, role: "student" }))).toMatchObject({ ok: false });
    expect(await setRoleAction(null, form({ userId: admin.id, role: "student" }))).toMatchObject({ ok: false });
    expect(await setRoleAction(null, form({ userId: student.id, role: "admin" }))).toMatchObject({ ok: false });
    expect([await roleOf("bo@roles.test"), await roleOf("admin@roles.test"), await roleOf("stu@roles.test")]).toEqual([
      "admin",
      "admin",
      "student",
    ]);
  });

  it("the admin list searches by email or name", async () => {
    const found = await listUsers(admin, { q: "tia" });
    expect(found.users.map((u) => u.email)).toEqual(["tia@roles.test"]);
    expect((await listUsers(admin, {})).total).toBe(await db.user.count());
  });
});

describe("sign-up refuses common passwords (zxcvbn-ts dictionaries)", () => {
  it.each(["password1", "abc12345"])("refuses %s with a clear message and creates nothing", async (password) => {
    await actAs(null);
    const email = `common-${password}@roles.test`;
    const out = await signUpAction(null, form({ name: "Cam", email, password, timeZone: "UTC" }));
    expect(out).toMatchObject({
      ok: false,
      fieldErrors: { password: stringMatching(/^That password is too easy to guess\./) },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("npm run admin:create (prisma/admin.ts)", () => {
  it("creates an admin with a one-time random password, promotes an existing account, and is idempotent", async () => {
    const made = await ensureAdmin(db, " New.Admin@Roles.test ");
    expect(made).toMatchObject({ kind: "created", email: "new.admin@roles.test", generated: true });
    expect(made.kind === "created" && made.password.length).toBeGreaterThanOrEqual(20);
    expect(describeAdmin(made)).toContain(made.kind === "created" ? made.password : "?");
    expect(await roleOf("new.admin@roles.test")).toBe("admin");

    const before = await db.user.findUniqueOrThrow({ where: { email: "stu@roles.test" } });
    expect(await ensureAdmin(db, "stu@roles.test")).toEqual({ kind: "promoted", email: "stu@roles.test" });
    const after = await db.user.findUniqueOrThrow({ where: { email: "stu@roles.test" } });
    expect(after).toMatchObject({ role: "admin", passwordHash: before.passwordHash });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await ensureAdmin(db, "stu@roles.test")).toEqual({ kind: "already", email: "stu@roles.test" });
  });

  it("refuses a common ADMIN_PASSWORD and a non-email", async () => {
    await expect(ensureAdmin(db, "weak@roles.test", { password: "password1" })).rejects.toThrow(/not accepted/);
    await expect(ensureAdmin(db, "not-an-email")).rejects.toThrow(/not an email/);
    expect(await db.user.count({ where: { email: "weak@roles.test" } })).toBe(0);
  });
});
