import { beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
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
import { createInviteAction, revokeInviteAction } from "@/lib/actions/admin";
import { acceptInviteAction, signUpWithInviteAction } from "@/lib/actions/invites";
import {
  acceptInvite,
  checkInvite,
  createInvite,
  listInvites,
  revokeInvite,
  signUpWithInvite,
} from "@/lib/server/invites";
import { createUser } from "@/lib/server/users";
import type { Actor } from "@/lib/server/actor";
import { stringMatching } from "@/tests/support/matchers";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const redirected = (p: Promise<unknown>) =>
  p.catch((e: unknown) => {
    if (isRedirectError(e)) return "redirected";
    throw e;
  });
const user = (email: string) => db.user.findUnique({ where: { email } });
const signUp = (token: string, email: string, password = "quiet-harbor-71") =>
  signUpWithInviteAction(null, form({ token, name: "New Teacher", email, password, timeZone: "UTC" }));
const week = { email: "", note: "", days: 7 as const };

let admin: Actor;
let student: Actor;
beforeAll(async () => {
  admin = await createUser({ name: "Ada Admin", email: "admin@inv.test", password: "x-admin-pass-1", role: "admin" });
  student = await createUser({ name: "Stu", email: "stu@inv.test", password: "x-stud-pass-1" });
});

describe("instructor invites", () => {
  it("only an admin makes, lists or withdraws invites, by any request", async () => {
    const invite = await createInvite(admin, week);
    for (const who of [student, null]) {
      await actAs(who);
      expect(await createInviteAction(null, form({ days: "7" }))).toMatchObject({ ok: false });
      expect(await revokeInviteAction(null, form({ inviteId: invite.id }))).toMatchObject({ ok: false });
    }
    await expect(createInvite(student, week)).rejects.toMatchObject({ status: 403 });
    await expect(listInvites(student)).rejects.toMatchObject({ status: 403 });
    await expect(revokeInvite(student, invite.id)).rejects.toMatchObject({ status: 403 });
    expect(await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).toMatchObject({ revokedAt: null });
  });

  it("stores only the token's SHA-256; the admin sees the link once", async () => {
    await actAs(admin);
    const out = await createInviteAction(null, form({ days: "7", note: "for Bea" }));
    expect(out).toMatchObject({ ok: true, message: stringMatching(/^\/invite\/[A-Za-z0-9_-]{43}$/) });
    const token = out!.message!.slice("/invite/".length);
    const row = await db.invite.findFirstOrThrow({ where: { note: "for Bea" } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await createInviteAction(null, form({ days: "5" }))).toMatchObject({ ok: false });
  });

  it("a signed-out visitor signs up through it as an instructor, once", async () => {
    const { token, id } = await createInvite(admin, { ...week, note: "once" });
    await actAs(null);
    expect(await redirected(signUp(token, "bea@inv.test"))).toBe("redirected");
    const bea = await user("bea@inv.test");
    expect(bea).toMatchObject({ role: "instructor" });
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.usedById).toBe(bea!.id);
    expect(row.usedAt).toBeInstanceOf(Date);
    expect((await listInvites(admin)).find((i) => i.id === id)).toMatchObject({
      state: "used",
      usedBy: { email: "bea@inv.test" },
    });

    expect(await signUp(token, "cal@inv.test")).toMatchObject({
      ok: false,
      error: stringMatching(/already been used/),
    });
    expect(await user("cal@inv.test")).toBeNull();
    expect(await checkInvite(token)).toMatchObject({ ok: false, message: stringMatching(/already been used/) });
  });

  it("sign-up through an invite has the same checks as sign-up, and a failure leaves the link usable", async () => {
    const { token } = await createInvite(admin, week);
    await actAs(null);
    expect(await signUp(token, "weak@inv.test", "password1")).toMatchObject({
      ok: false,
      fieldErrors: { password: stringMatching(/too easy to guess/) },
    });
    expect(await signUp(token, "stu@inv.test")).toMatchObject({ ok: false, error: stringMatching(/already exists/) });
    expect(await user("weak@inv.test")).toBeNull();
    expect(await user("stu@inv.test")).toMatchObject({ role: "student" });
    expect(await checkInvite(token)).toMatchObject({ ok: true });
    // the role comes from the invite, never from the form
    expect(
      await signUpWithInviteAction(
        null,
        form({ token: "x".repeat(43), name: "E", email: "e@inv.test", password: "quiet-harbor-71", role: "admin" }),
      ),
    ).toMatchObject({ ok: false, error: stringMatching(/not valid/) });
    expect(await user("e@inv.test")).toBeNull();
  });

  it("expired and withdrawn links show a clear message and change nothing", async () => {
    const old = await createInvite(admin, { ...week, days: 1 }, new Date(Date.now() - 2 * 86_400_000));
    const gone = await createInvite(admin, week);
    await actAs(admin);
    expect(await revokeInviteAction(null, form({ inviteId: gone.id }))).toMatchObject({ ok: true });
    expect(await revokeInviteAction(null, form({ inviteId: gone.id }))).toMatchObject({ ok: false });
    expect(await checkInvite(old.token)).toMatchObject({ ok: false, message: stringMatching(/expired/) });
    expect(await checkInvite(gone.token)).toMatchObject({ ok: false, message: stringMatching(/withdrawn/) });
    await actAs(null);
    expect(await signUp(old.token, "late@inv.test")).toMatchObject({ ok: false, error: stringMatching(/expired/) });
    expect(await signUp(gone.token, "late@inv.test")).toMatchObject({ ok: false, error: stringMatching(/withdrawn/) });
    expect(await user("late@inv.test")).toBeNull();
    await actAs(student);
    expect(await acceptInviteAction(null, form({ token: old.token }))).toMatchObject({ ok: false });
    expect(await acceptInviteAction(null, form({ token: gone.token }))).toMatchObject({ ok: false });
    expect(await user("stu@inv.test")).toMatchObject({ role: "student" });
    expect(await db.invite.count({ where: { id: { in: [old.id, gone.id] }, usedAt: { not: null } } })).toBe(0);
  });

  it("an invite for one email works for that email only", async () => {
    const { token } = await createInvite(admin, { ...week, email: "dee@inv.test" });
    await actAs(null);
    expect(await signUp(token, "eve@inv.test")).toMatchObject({ ok: false, error: stringMatching(/different email/) });
    expect(await user("eve@inv.test")).toBeNull();
    await actAs(student);
    expect(await acceptInviteAction(null, form({ token }))).toMatchObject({
      ok: false,
      error: stringMatching(/different email/),
    });
    expect(await user("stu@inv.test")).toMatchObject({ role: "student", sessionVersion: 0 });
    await actAs(null);
    expect(await redirected(signUp(token, "DEE@inv.test"))).toBe("redirected");
    expect(await user("dee@inv.test")).toMatchObject({ role: "instructor" });
  });

  it("a signed-in student accepts and is promoted; their sessions end; an instructor leaves it unused", async () => {
    const s = await createUser({ name: "Sam", email: "sam@inv.test", password: "x-sam-pass-1" });
    const teacher = await createUser({
      name: "Tess",
      email: "tess@inv.test",
      password: "x-tess-1",
      role: "instructor",
    });
    const { token, id } = await createInvite(admin, week);
    await actAs(teacher);
    expect(await acceptInviteAction(null, form({ token }))).toMatchObject({
      ok: false,
      error: stringMatching(/already teaches/),
    });
    await expect(acceptInvite(admin, token)).rejects.toMatchObject({ status: 409 });
    expect(await db.invite.findUniqueOrThrow({ where: { id } })).toMatchObject({ usedAt: null });

    await actAs(s);
    expect(await redirected(acceptInviteAction(null, form({ token })))).toBe("redirected");
    expect(await user("sam@inv.test")).toMatchObject({ role: "instructor", sessionVersion: 1 });
    expect(await db.invite.findUniqueOrThrow({ where: { id } })).toMatchObject({ usedById: s.id });
    // the old cookie no longer counts: the next request is signed out
    expect(await acceptInviteAction(null, form({ token }))).toMatchObject({
      ok: false,
      error: "Please sign in first.",
    });
  });

  it("two concurrent uses of one link: exactly one wins", async () => {
    const a = await createInvite(admin, week);
    const results = await Promise.allSettled(
      ["r1@inv.test", "r2@inv.test", "r3@inv.test"].map((email) =>
        signUpWithInvite(a.token, { name: "Racer", email, password: "quiet-harbor-71" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.user.count({ where: { email: { startsWith: "r", endsWith: "@inv.test" }, role: "instructor" } }),
    ).toBe(1);
    expect(await db.user.count({ where: { email: { in: ["r1@inv.test", "r2@inv.test", "r3@inv.test"] } } })).toBe(1);

    const b = await createInvite(admin, week);
    const [p, q] = await Promise.all(
      ["p@inv.test", "q@inv.test"].map((email) => createUser({ name: "P", email, password: "x-pq-pass-1" })),
    );
    const accepted = await Promise.allSettled([acceptInvite(p, b.token), acceptInvite(q, b.token)]);
    expect(accepted.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { email: { in: ["p@inv.test", "q@inv.test"] }, role: "instructor" } })).toBe(1);
  });
});
