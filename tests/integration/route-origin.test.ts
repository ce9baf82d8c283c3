import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { randomUUID } from "node:crypto";

// The one stand-in: the request's headers and cookies (tests/support/request-session.ts); the cookie is real.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));

import { actAs, requestHeaders } from "@/tests/support/request-session";
import { POST as postReview } from "@/app/api/reviews/route";
import { makeCards, makeUser } from "@/tests/integration/class-fixtures";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";

const noParams = { params: Promise.resolve({}) };
let student: Actor;
let cardId: string;
beforeAll(async () => {
  student = await makeUser("student");
  cardId = (await makeCards(1)).cards[0].id;
});

/** A grade posted with the session cookie and the given extra headers. */
function post(extra: Record<string, string>, body?: string) {
  const headers = new Headers(requestHeaders());
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  const grade = body ?? JSON.stringify({ id: randomUUID(), cardId, rating: 3, reviewedAt: new Date().toISOString() });
  return postReview(
    new NextRequest(new URL("/api/reviews", "http://127.0.0.1:3000"), { method: "POST", headers, body: grade }),
    noParams,
  );
}

describe("defineRoute refuses cross-site and non-JSON writes before anything runs", () => {
  it("a cross-origin JSON post changes nothing (403)", async () => {
    await actAs(student);
    const res = await post({ origin: "https://evil.example", "content-type": "application/json" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "This request came from another site and was refused." });
    const blind = await post({ "sec-fetch-site": "cross-site", "content-type": "application/json" });
    expect(blind.status).toBe(403);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a text/plain post (what a cross-site form can send without asking) is a 415", async () => {
    await actAs(student);
    expect((await post({ "content-type": "text/plain" })).status).toBe(415);
    expect((await post({ "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(0);
  });

  it("a body over 1 MB is a 413; a same-origin JSON grade is stored", async () => {
    await actAs(student);
    const huge = JSON.stringify({ pad: "x".repeat(1_100_000) });
    expect((await post({ "content-type": "application/json" }, huge)).status).toBe(413);
    const ok = await post({ origin: "http://127.0.0.1:3000", "content-type": "application/json" });
    expect(ok.status).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });
});
