import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NextRequest } from "next/server";

// The one stand-in: the request's headers and cookies (see tests/support/request-session.ts).
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));

import { actAs, routeRequest } from "@/tests/support/request-session";
import { defineRoute } from "@/lib/server/route";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/actor";
import { createUser } from "@/lib/server/users";
import { POST as postReview } from "@/app/api/reviews/route";
import { GET as exportProgress } from "@/app/api/classes/[id]/export/progress/route";
import { db } from "@/lib/db";

let student: Actor;
let teacher: Actor;
beforeAll(async () => {
  student = await createUser({
    name: "Stu",
    email: "stu@example.edu",
    password: "learn-it-1",
    role: "student",
    timeZone: "UTC",
  });
  teacher = await createUser({
    name: "Tea",
    email: "tea@example.edu",
    password: "teach-it-1",
    role: "instructor",
    timeZone: "UTC",
  });
});
afterEach(() => vi.restoreAllMocks());

const noParams = { params: Promise.resolve({}) };
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });

describe("defineRoute", () => {
  const handler = vi.fn(
    async (input: { n: number }, actor: Actor, _req: unknown, params: Record<string, string | string[]>) => ({
      n: input.n,
      who: actor.id,
      params,
    }),
  );
  const schema = z.object({ n: z.coerce.number({ error: "Give a number." }).int().min(1, "At least 1.") });
  const forUsers = defineRoute({ input: schema, access: "user" }, handler);
  const forInstructors = defineRoute({ input: schema, access: "instructor" }, handler);

  it("answers 401 to a signed-out caller, without running the handler", async () => {
    await actAs(null);
    handler.mockClear();
    expect(await json(await forUsers(routeRequest("POST", "/api/x", '{"n":1}'), noParams))).toEqual({
      status: 401,
      body: { error: "Please sign in first.", code: "unauthorized" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 to a student on an instructor route", async () => {
    await actAs(student);
    handler.mockClear();
    expect(await json(await forInstructors(routeRequest("GET", "/api/x?n=1"), noParams))).toEqual({
      status: 403,
      body: { error: "Only instructors can do this.", code: "forbidden" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads the JSON body for writes and the query string for reads, and passes the route params", async () => {
    await actAs(teacher);
    const posted = await forInstructors(routeRequest("POST", "/api/x?n=9", '{"n":3}'), {
      params: Promise.resolve({ id: "c1" }),
    });
    expect(await json(posted)).toEqual({ status: 200, body: { n: 3, who: teacher.id, params: { id: "c1" } } });
    expect(await json(await forInstructors(routeRequest("GET", "/api/x?n=4"), noParams))).toMatchObject({
      status: 200,
      body: { n: 4 },
    });
  });

  it("answers 400 to a body that is not JSON and 422 to bad input, with a message per field", async () => {
    await actAs(student);
    handler.mockClear();
    expect(await json(await forUsers(routeRequest("POST", "/api/x", "n=1"), noParams))).toEqual({
      status: 400,
      body: { error: "The request body must be JSON." },
    });
    expect(await json(await forUsers(routeRequest("POST", "/api/x", '{"n":0}'), noParams))).toEqual({
      status: 422,
      body: { error: "At least 1.", fieldErrors: { n: "At least 1." } },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("gives an AppError its own status, message and code", async () => {
    await actAs(student);
    const gone = defineRoute({ input: z.object({}), access: "user" }, async () => {
      throw new AppError("This attempt has closed.", "expired");
    });
    expect(await json(await gone(routeRequest("GET", "/api/x"), noParams))).toEqual({
      status: 410,
      body: { error: "This attempt has closed.", code: "expired" },
    });
  });

  it("hides an unexpected error behind a generic 500, and logs it", async () => {
    await actAs(student);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = new Error("SQLITE_BUSY: database is locked at /srv/data/app.db");
    const broken = defineRoute({ input: z.object({}), access: "user" }, async () => {
      throw bug;
    });
    const res = await json(await broken(routeRequest("GET", "/api/x"), noParams));
    expect(res).toEqual({ status: 500, body: { error: "Something went wrong on our side." } });
    expect(JSON.stringify(res)).not.toContain("SQLITE");
    expect(log).toHaveBeenCalledWith("[route] unexpected error", bug);
  });

  it("answers 400 to a client that hangs up mid-body, runs nothing and logs nothing", async () => {
    await actAs(student);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = vi.fn(async () => Promise.resolve({ ok: true }));
    const write = defineRoute({ input: z.object({}), access: "user" }, handler);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"rating":'));
        c.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" })); // what Node reports on a hang-up
      },
    });
    const req = routeRequest("POST", "/api/x", "{}"); // same-site JSON headers, as the app sends
    const init = { method: "POST", headers: req.headers, body, duplex: "half" };
    const cut = new NextRequest(req.url, init as unknown as ConstructorParameters<typeof NextRequest>[1]);
    expect(await json(await write(cut, noParams))).toEqual({
      status: 400,
      body: { error: "The request was cut off before its body arrived.", code: "bad_request" },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it("passes a handler's own Response through untouched", async () => {
    await actAs(null);
    const raw = defineRoute(
      { input: z.object({}), access: "public" },
      async (_i, actor) => new Response(actor ? "someone" : "nobody", { status: 202 }),
    );
    const res = await raw(routeRequest("GET", "/api/x"), noParams);
    expect([res.status, await res.text()]).toEqual([202, "nobody"]);
  });
});

describe("the real routes go through it", () => {
  it("POST /api/reviews: 401 signed out, 422 for a bad grade, and nothing stored", async () => {
    const grade = JSON.stringify({
      id: "2d0c5b8e-8d5a-4b8e-9a43-3f1f0c6f2a10",
      cardId: "nope",
      rating: 7,
      reviewedAt: new Date().toISOString(),
    });
    await actAs(null);
    expect((await postReview(routeRequest("POST", "/api/reviews", grade), noParams)).status).toBe(401);
    await actAs(student);
    const bad = await json(await postReview(routeRequest("POST", "/api/reviews", grade), noParams));
    expect(bad).toMatchObject({
      status: 422,
      body: { fieldErrors: { rating: "Grade with Again (1), Hard (2), Good (3) or Easy (4)." } },
    });
    expect(await db.reviewLog.count()).toBe(0);
  });

  it("GET /api/classes/[id]/export/progress: 403 for a student, 404 for a class that is not the instructor's", async () => {
    const params = { params: Promise.resolve({ id: "nosuchclass" }) };
    await actAs(student);
    expect((await exportProgress(routeRequest("GET", "/api/classes/nosuchclass/export/progress"), params)).status).toBe(
      403,
    );
    await actAs(teacher);
    const res = await exportProgress(routeRequest("GET", "/api/classes/nosuchclass/export/progress"), params);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/json/); // an error, never CSV bytes
  });
});
