import { beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";

// The request's headers and cookies (tests/support/request-session.ts); the throttle's table is real.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { actAs, form, fromIp, routeRequest } from "@/tests/support/request-session";
import { signUpAction } from "@/lib/actions/auth";
import { joinClassAction } from "@/lib/actions/classes";
import { POST as postReview } from "@/app/api/reviews/route";
import { LIMITS, limitPerUser, throttleSignUp } from "@/lib/server/throttle";
import { makeUser } from "@/tests/integration/class-fixtures";
import { stringMatching } from "@/tests/support/matchers";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";

const TOO_MANY = /— try again in \d+ minutes?\.$/;
const noParams = { params: Promise.resolve({}) };

let teacher: Actor;
let code: string;
beforeAll(async () => {
  teacher = await makeUser("instructor");
  code = "K7MP2QXD";
  await db.class.create({ data: { name: "Throttled class", instructorId: teacher.id, joinCode: code } });
});

describe("join codes", () => {
  it("refuses an account after 10 wrong codes, even the right one; another account still joins", async () => {
    const guesser = await makeUser("student");
    await actAs(guesser);
    fromIp("203.0.113.50");
    for (let i = 0; i < LIMITS.joinCodeUser.points; i++) {
      const out = await joinClassAction(null, form({ code: `WRNGCD${"ABCDEFGHJK"[i]}Z` }));
      expect(out).toMatchObject({ ok: false, error: stringMatching(/No class uses this join code/) });
    }
    expect(await joinClassAction(null, form({ code }))).toMatchObject({ ok: false, error: stringMatching(TOO_MANY) });
    expect(await db.enrollment.count({ where: { userId: guesser.id } })).toBe(0);

    const honest = await makeUser("student");
    await actAs(honest);
    fromIp("198.51.100.50");
    expect(await joinClassAction(null, form({ code }))).toMatchObject({ ok: true });
  });
});

describe("sign-up", () => {
  it("refuses the 101st sign-up from one network in an hour and creates nothing", async () => {
    for (let i = 0; i < LIMITS.signUpNetwork.points; i++) await throttleSignUp("192.0.2.77");
    await actAs(null);
    fromIp("192.0.2.77");
    const email = "late@throttle.test";
    const out = await signUpAction(null, form({ name: "Late", email, password: "quiet-harbor-71", timeZone: "UTC" }));
    expect(out).toMatchObject({
      ok: false,
      error: stringMatching(/^Too many sign-ups from your network — try again in/),
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("grade and run APIs", () => {
  it("answer 429 past a generous per-user rate and store nothing; other users are not affected", async () => {
    const busy = await makeUser("student");
    // The window's count, as 600 earlier grades would have left it.
    await db.rateLimit.create({
      data: { key: `reviews:${busy.id}`, points: LIMITS.reviews.points, expire: new Date(Date.now() + 60_000) },
    });
    await actAs(busy);
    const grade = JSON.stringify({
      id: randomUUID(),
      cardId: "no-such-card",
      rating: 3,
      reviewedAt: new Date().toISOString(),
    });
    const res = await postReview(routeRequest("POST", "/api/reviews", grade), noParams);
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: stringMatching(/^Too many requests — try again in 1 minute\.$/) });
    expect(await db.reviewLog.count({ where: { userId: busy.id } })).toBe(0);

    const other = await makeUser("student");
    await expect(limitPerUser(other, "reviews")).resolves.toBeUndefined();
    for (let i = 0; i < LIMITS.experimentRuns.points; i++) await limitPerUser(other, "experimentRuns");
    await expect(limitPerUser(other, "experimentRuns")).rejects.toMatchObject({ status: 429 });
  });
});
