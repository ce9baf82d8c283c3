import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";

// The one stand-in: the request's headers and cookies (see tests/support/request-session.ts). The session
// cookie in them is real, and so is everything that reads it.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));

import { actAs, sessionCookie } from "@/tests/support/request-session";
import { defineAction, defineFormAction, type FormState } from "@/lib/server/action";
import { conflict } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/actor";
import { createUser } from "@/lib/server/users";
import { signInAction, signUpAction } from "@/lib/actions/auth";
import { createClassAction } from "@/lib/actions/teach-classes";
import { joinClassAction } from "@/lib/actions/classes";
import { db } from "@/lib/db";
import { stringMatching } from "@/tests/support/matchers";

const GENERIC = "Something went wrong on our side. Nothing was changed; please try again.";
const SECRET = "s3cret-pass-9";

let student: Actor;
let teacher: Actor;
beforeAll(async () => {
  student = await createUser({
    name: "Stu",
    email: "stu@example.edu",
    password: SECRET,
    role: "student",
    timeZone: "UTC",
  });
  teacher = await createUser({
    name: "Tea",
    email: "tea@example.edu",
    password: SECRET,
    role: "instructor",
    timeZone: "UTC",
  });
});
afterEach(() => vi.restoreAllMocks());

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
/** Nothing in a form state may carry a password back to the browser, under any key. */
const expectNoPassword = (state: FormState) => {
  expect(Object.keys(state?.values ?? {}).filter((k) => /password/i.test(k))).toEqual([]);
  expect(JSON.stringify(state)).not.toContain(SECRET);
};

describe("defineAction", () => {
  const handler = vi.fn(async (input: { n: number }, actor: Actor) => ({ doubled: input.n * 2, who: actor.id }));
  const schema = z.object({ n: z.number({ error: "Give a number." }).int().min(1, "At least 1.") });
  const forUsers = defineAction({ input: schema, access: "user" }, handler);
  const forInstructors = defineAction({ input: schema, access: "instructor" }, handler);

  it("refuses a signed-out caller (401) before reading the input or running the handler", async () => {
    await actAs(null);
    handler.mockClear();
    expect(await forUsers({ n: 2 })).toEqual({ ok: false, error: "Please sign in first." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a cookie that Auth.js did not sign (another secret) as signed out", async () => {
    // lib/server/session.ts decrypts the cookie with Auth.js's own `decode`: another secret fails it.
    await actAs(null, await sessionCookie(teacher, "some-other-secret-0000000000000000000000"));
    expect(await forInstructors({ n: 2 })).toEqual({ ok: false, error: "Please sign in first." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a student on an instructor action (403)", async () => {
    await actAs(student);
    handler.mockClear();
    expect(await forInstructors({ n: 2 })).toEqual({ ok: false, error: "Only instructors can do this." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler with the session's actor and the parsed input", async () => {
    await actAs(teacher);
    expect(await forInstructors({ n: 21 })).toEqual({ ok: true, data: { doubled: 42, who: teacher.id } });
    await actAs(student);
    expect(await forUsers({ n: 1 })).toEqual({ ok: true, data: { doubled: 2, who: student.id } });
  });

  it("answers bad input (422) with a message per field, and runs nothing", async () => {
    await actAs(student);
    handler.mockClear();
    expect(await forUsers({ n: 0 })).toEqual({ ok: false, error: "At least 1.", fieldErrors: { n: "At least 1." } });
    expect(await forUsers({ n: "two" })).toEqual({
      ok: false,
      error: "Give a number.",
      fieldErrors: { n: "Give a number." },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes an AppError's message through, and hides an unexpected error behind a generic one (logged)", async () => {
    await actAs(student);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const known = defineAction({ input: z.object({}), access: "user" }, async () => {
      throw conflict("That name is taken.");
    });
    expect(await known({})).toEqual({ ok: false, error: "That name is taken." });
    expect(log).not.toHaveBeenCalled();

    const bug = new Error("SQLITE_CORRUPT: table User, secret internals");
    const broken = defineAction({ input: z.object({}), access: "user" }, async () => {
      throw bug;
    });
    const out = await broken({});
    expect(out).toEqual({ ok: false, error: GENERIC });
    expect(JSON.stringify(out)).not.toContain("SQLITE");
    expect(log).toHaveBeenCalledWith("[action] unexpected error", bug);
  });

  it("lets redirect() through to Next.js instead of reporting it as an error", async () => {
    await actAs(student);
    const moving = defineAction({ input: z.object({}), access: "user" }, async () => redirect("/study"));
    const thrown = await moving({}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isRedirectError(thrown)).toBe(true);
  });
});

describe("defineFormAction", () => {
  it("refuses a signed-out caller (401) and gives the typed values back, without the password", async () => {
    await actAs(null);
    const run = defineFormAction({ input: z.object({ name: z.string() }), access: "user" }, async () => ({ ok: true }));
    const out = await run(null, form({ name: "Ada", password: SECRET, confirmPassword: SECRET }));
    expect(out).toEqual({ ok: false, error: "Please sign in first.", values: { name: "Ada" } });
    expectNoPassword(out);
  });

  it("refuses a student on an instructor action (403) and writes nothing (createClassAction)", async () => {
    await actAs(student);
    const out = await createClassAction(null, form({ name: "Stolen class", codeLifetime: "never" }));
    expect(out).toMatchObject({ ok: false, error: "Only instructors can do this.", values: { name: "Stolen class" } });
    expect(await db.class.count({ where: { name: "Stolen class" } })).toBe(0);
  });

  it("answers bad input (422) with each field's message and the values minus passwords (signUpAction)", async () => {
    await actAs(null);
    const out = await signUpAction(null, form({ name: "", email: "not-an-email", password: "short", role: "student" }));
    expect(out).toMatchObject({
      ok: false,
      error: "Please fix the highlighted fields.",
      fieldErrors: {
        name: "Enter your name.",
        email: "Enter an email like name@school.edu.",
        password: stringMatching(/^Password too weak/),
      },
      values: { name: "", email: "not-an-email", role: "student" },
    });
    expect(out?.values).not.toHaveProperty("password");
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("returns a handler's own refusal with the values, never the password (signInAction, wrong password)", async () => {
    await actAs(null);
    const out = await signInAction(null, form({ email: "stu@example.edu", password: "wrong-pass-1" }));
    // the same words as for an email no account uses: the form does not say who has an account
    expect(out).toEqual({ ok: false, error: "Wrong email or password.", values: { email: "stu@example.edu" } });
    const unknown = await signInAction(null, form({ email: "nobody@example.edu", password: "wrong-pass-1" }));
    expect(unknown).toEqual({ ok: false, error: "Wrong email or password.", values: { email: "nobody@example.edu" } });
    const taken = await signUpAction(
      null,
      form({ name: "Again", email: "stu@example.edu", password: SECRET, role: "student" }),
    );
    expect(taken).toMatchObject({
      ok: false,
      error: stringMatching(/already exists/),
      values: { email: "stu@example.edu" },
    });
    expectNoPassword(taken);
  });

  it("gives an AppError's message (joinClassAction with a code no class uses)", async () => {
    await actAs(student);
    const out = await joinClassAction(null, form({ code: "K7MP-2QXD" }));
    expect(out).toEqual({
      ok: false,
      error: "No class uses this join code. Check it with your instructor.",
      values: { code: "K7MP-2QXD" },
    });
    expect(await db.enrollment.count({ where: { userId: student.id } })).toBe(0);
  });

  it("hides an unexpected error behind the generic message, logs it, and keeps the values", async () => {
    await actAs(teacher);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = new TypeError("Cannot read properties of undefined (reading 'instructorId')");
    const run = defineFormAction({ input: z.object({ title: z.string() }), access: "instructor" }, async () => {
      throw bug;
    });
    const out = await run(null, form({ title: "Quiz 1", password: SECRET }));
    expect(out).toEqual({ ok: false, error: GENERIC, values: { title: "Quiz 1" } });
    expect(log).toHaveBeenCalledWith("[action] unexpected error", bug);
    expectNoPassword(out);
  });

  it("on success returns the handler's state without values, or { ok: true } for none", async () => {
    await actAs(teacher);
    const said = defineFormAction(
      { input: z.object({ title: z.string() }), access: "instructor" },
      async (input, actor) => ({ ok: true, message: `${input.title} by ${actor.name}` }),
    );
    expect(await said(null, form({ title: "Quiz 1" }))).toEqual({ ok: true, message: "Quiz 1 by Tea" });
    const silent = defineFormAction({ input: z.object({}), access: "public" }, async () => undefined);
    expect(await silent(null, form({}))).toEqual({ ok: true });
  });
});
