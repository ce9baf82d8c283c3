import { beforeAll, describe, expect, it, vi } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";

// The request's headers and cookies (tests/support/request-session.ts); the session cookies are
// real ones, issued by Auth.js through POST /api/auth/callback/credentials.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));

import { actAs, callbackSignIn, form, issuedSessionCookie, routeRequest } from "@/tests/support/request-session";
import { signOutAction } from "@/lib/actions/auth";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/actions/account";
import { setRoleAction } from "@/lib/actions/admin";
import { saveStudySettings } from "@/lib/actions/study-settings";
import { POST as postReview } from "@/app/api/reviews/route";
import { requireActor } from "@/lib/server/session";
import { createUser } from "@/lib/server/users";
import { db } from "@/lib/db";
import { stringMatching } from "@/tests/support/matchers";

const PASSWORD = "session-pass-4u";
const noParams = { params: Promise.resolve({}) };
const settings = () => form({ desiredRetention: "0.9", newCardsPerDay: "15", timeZone: "UTC" });

/** What the three doors say to the current cookie: a page, a route handler and a server action. */
async function doors() {
  const page = await requireActor("/account").then(
    () => "in",
    (e: unknown) => (isRedirectError(e) ? "sent to sign-in" : String(e)),
  );
  const route = (await postReview(routeRequest("POST", "/api/reviews", "{}"), noParams)).status; // 422 when signed in (empty grade), 401 when not
  const action = await saveStudySettings(null, settings());
  return { page, route, action: action?.ok ? "ok" : action?.error };
}
const SIGNED_IN = { page: "in", route: 422, action: "ok" };
const SIGNED_OUT = { page: "sent to sign-in", route: 401, action: "Please sign in first." };

let adminId: string;
beforeAll(async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  await createUser({ name: "Sally", email: "sally@example.edu", password: PASSWORD, timeZone: "UTC" });
  await createUser({ name: "Pat", email: "pat@example.edu", password: PASSWORD, timeZone: "UTC" });
  adminId = (
    await createUser({ name: "Root", email: "root@example.edu", password: PASSWORD, role: "admin", timeZone: "UTC" })
  ).id;
});

describe("revocable sessions", () => {
  it("sign-out ends this device's session on the server; the other device stays in", async () => {
    const phone = (await callbackSignIn("sally@example.edu", PASSWORD, "10.0.0.1")).cookie!;
    const laptop = (await callbackSignIn("sally@example.edu", PASSWORD, "10.0.0.1")).cookie!;
    await actAs(null, phone);
    expect(await doors()).toEqual(SIGNED_IN);

    await expect(signOutAction()).rejects.toSatisfy(isRedirectError);
    await actAs(null, phone); // a copy of the old cookie, replayed
    expect(await doors()).toEqual(SIGNED_OUT);
    await actAs(null, laptop);
    expect(await doors()).toEqual(SIGNED_IN);
  });

  it("a password change asks for the current one, ends every other session and keeps this device in", async () => {
    const phone = (await callbackSignIn("sally@example.edu", PASSWORD, "10.0.0.1")).cookie!;
    const laptop = (await callbackSignIn("sally@example.edu", PASSWORD, "10.0.0.1")).cookie!;
    await actAs(null, laptop);
    expect(
      await changePasswordAction(null, form({ currentPassword: "not-my-password-1", password: "fresh-words-9q" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "That is not your current password." },
    });
    expect(await changePasswordAction(null, form({ currentPassword: PASSWORD, password: "password1" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: stringMatching(/too easy to guess/) },
    });
    await expect(
      changePasswordAction(null, form({ currentPassword: PASSWORD, password: "fresh-words-9q" })),
    ).rejects.toSatisfy(isRedirectError);
    const renewed = issuedSessionCookie();
    expect(renewed).toBeTruthy();

    for (const old of [phone, laptop]) {
      await actAs(null, old);
      expect(await doors()).toEqual(SIGNED_OUT);
    }
    await actAs(null, renewed);
    expect(await doors()).toEqual(SIGNED_IN);
    expect((await callbackSignIn("sally@example.edu", PASSWORD, "10.0.0.2")).session).toBe(false);
    expect((await callbackSignIn("sally@example.edu", "fresh-words-9q", "10.0.0.2")).session).toBe(true);
  });

  it("sign out everywhere ends every session, this one included", async () => {
    const a = (await callbackSignIn("pat@example.edu", PASSWORD, "10.0.0.3")).cookie!;
    const b = (await callbackSignIn("pat@example.edu", PASSWORD, "10.0.0.3")).cookie!;
    await actAs(null, a);
    await expect(signOutEverywhereAction()).rejects.toSatisfy(isRedirectError);
    for (const c of [a, b]) {
      await actAs(null, c);
      expect(await doors()).toEqual(SIGNED_OUT);
    }
  });

  it("a role change by an admin applies on the user's next request", async () => {
    const pat = (await callbackSignIn("pat@example.edu", PASSWORD, "10.0.0.4")).cookie!;
    const root = (await callbackSignIn("root@example.edu", PASSWORD, "10.0.0.4")).cookie!;
    const patId = (await db.user.findUniqueOrThrow({ where: { email: "pat@example.edu" } })).id;
    await actAs(null, root);
    expect(await setRoleAction(null, form({ userId: patId, role: "instructor" }))).toMatchObject({ ok: true });
    await actAs(null, pat);
    expect(await doors()).toEqual(SIGNED_OUT);
    const again = (await callbackSignIn("pat@example.edu", PASSWORD, "10.0.0.4")).cookie!;
    await actAs(null, again);
    expect((await requireActor("/teach")).role).toBe("instructor");
    expect(adminId).toBeTruthy();
  });
});
