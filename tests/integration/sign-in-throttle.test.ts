import { beforeAll, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";

// The request's headers and cookies (see tests/support/request-session.ts); everything else —
// Auth.js, the Credentials provider, the throttle's table — is the real thing.
vi.mock("next/headers", async (orig) => ({
  ...(await orig<typeof import("next/headers")>()),
  headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
  cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
}));

import { actAs, callbackSignIn, form, fromIp } from "@/tests/support/request-session";
import { signInAction } from "@/lib/actions/auth";
import { createUser, checkCredentials } from "@/lib/server/users";
import { LIMITS, recordSignInFailure } from "@/lib/server/throttle";
import { clientIp, networkOf } from "@/lib/server/client-ip";
import { forwardedFor, trustedProxyHops } from "@/lib/trust-proxy.mjs";
import { stringMatching } from "@/tests/support/matchers";
import { WRONG_CREDENTIALS } from "@/lib/sign-in-message";
import { db } from "@/lib/db";

const PASSWORD = "owner-pass-7x";
const TOO_MANY = /^Too many attempts — try again in \d+ minutes?\.$/;

/** One sign-in through the form's server action, from `ip`. */
async function viaAction(email: string, password: string, ip: string) {
  await actAs(null);
  fromIp(ip);
  return signInAction(null, form({ email, password })).then(
    (state) => ({ ok: false as const, error: state?.error }),
    () => ({ ok: true as const, error: undefined }), // the success redirect
  );
}

beforeAll(async () => {
  vi.spyOn(console, "error").mockImplementation(() => {}); // Auth.js logs every refused sign-in
  for (const name of ["owner", "spread", "net-a", "net-b", "timing"]) {
    await createUser({ name, email: `${name}@example.edu`, password: PASSWORD, timeZone: "UTC" });
  }
});

describe("sign-in throttle (both doors, one count, in the database)", () => {
  it("refuses the 31st wrong password from one network, while the owner signs in from another", async () => {
    const email = "owner@example.edu";
    const outcomes: string[] = [];
    // Half through the form's server action, half through POST /api/auth/callback/credentials:
    // both reach the same Credentials authorize, so both count towards the same limit.
    for (let i = 1; i <= 30; i++) {
      if (i % 2) outcomes.push((await viaAction(email, `wrong-guess-${i}`, "203.0.113.7")).error ?? "signed in");
      else outcomes.push((await callbackSignIn(email, `wrong-guess-${i}`, "203.0.113.7")).code ?? "signed in");
    }
    const n = LIMITS.signInAccountNetwork.points;
    expect(outcomes.slice(0, n).every((o) => o === WRONG_CREDENTIALS || o === "credentials")).toBe(true);
    expect(outcomes.slice(n).every((o) => TOO_MANY.test(o) || /^too_many_\d+$/.test(o))).toBe(true);

    // The 31st, with the right password, from the same network: still refused.
    const third = await viaAction(email, PASSWORD, "203.0.113.7");
    expect(third).toEqual({ ok: false, error: "Too many attempts — try again in 15 minutes." });
    expect((await callbackSignIn(email, PASSWORD, "203.0.113.7")).session).toBe(false);

    // The owner, from home: signed in, with a session cookie.
    const home = await callbackSignIn(email, PASSWORD, "198.51.100.20");
    expect(home).toMatchObject({ session: true, code: null });
    expect(await viaAction(email, PASSWORD, "198.51.100.21")).toEqual({ ok: true, error: undefined });
    // Only the refused attempts were cheap: the first 10 were checked, the rest never reached bcrypt.
    expect(
      (await db.rateLimit.findMany({ where: { key: { startsWith: "signin-account:" } } })).map((r) => r.points),
    ).toContain(n);
  });

  // The bulk failures below are recorded through the throttle's own function (what a refused
  // password records), not 100 bcrypt comparisons: the doors themselves are checked once at the end.
  it("caps one account at 100 failures an hour from many networks, without locking the owner out of a known one", async () => {
    const email = "spread@example.edu";
    expect((await callbackSignIn(email, PASSWORD, "192.0.2.200")).session).toBe(true); // the owner's usual network
    const unknown: number = LIMITS.signInAccount.unknownNetworkPoints;
    for (let i = 0; i < unknown; i++) await recordSignInFailure(email, `192.0.2.${1 + (i % 50)}`);
    // A fresh network now meets the account-wide ceiling at once, even with the right password…
    expect(await callbackSignIn(email, PASSWORD, "192.0.2.99")).toMatchObject({
      session: false,
      code: stringMatching(/^too_many_/),
    });
    // …while the owner's known network still gets in, until the hard ceiling of 100 an hour.
    expect((await callbackSignIn(email, PASSWORD, "192.0.2.200")).session).toBe(true);
    for (let i = unknown; i < LIMITS.signInAccount.points; i++)
      await recordSignInFailure(email, `192.0.2.${1 + (i % 50)}`);
    expect(await callbackSignIn(email, PASSWORD, "192.0.2.200")).toMatchObject({ session: false });
    expect(LIMITS.signInAccount.points).toBeLessThanOrEqual(100); // OWASP ASVS: at most 100 failures an hour
  });

  it("refuses a network after 100 failures across accounts; other networks are not affected", async () => {
    for (let i = 0; i < LIMITS.signInNetwork.points; i++)
      await recordSignInFailure(`nobody-${i % 12}@example.edu`, "100.64.0.1");
    const next = await viaAction("net-a@example.edu", PASSWORD, "100.64.0.1");
    expect(next).toEqual({ ok: false, error: stringMatching(TOO_MANY) });
    expect((await callbackSignIn("net-a@example.edu", PASSWORD, "100.64.0.2")).session).toBe(true);
  });

  it("keys an IPv6 client by its /64, and ignores a client-sent X-Forwarded-For entry unless TRUST_PROXY says so", () => {
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe(networkOf("2001:db8:1:2:bbbb::9"));
    expect(networkOf("2001:db8:1:3::1")).not.toBe(networkOf("2001:db8:1:2::1"));
    expect(networkOf("::ffff:203.0.113.9")).toBe("203.0.113.9");
    // scripts/serve.mjs appends the socket's address; with no trusted proxy, only that counts.
    const spoofed = new Headers({ "x-forwarded-for": forwardedFor("1.2.3.4", "203.0.113.9", 0) });
    expect(clientIp(spoofed, 0)).toBe("203.0.113.9");
    const proxied = new Headers({ "x-forwarded-for": forwardedFor("198.51.100.7", "10.0.0.2", 1) });
    expect(clientIp(proxied, 1)).toBe("198.51.100.7");
    expect(trustedProxyHops({ TRUST_PROXY: "true" })).toBe(1);
    expect(() => trustedProxyHops({ TRUST_PROXY: "lots" })).toThrow(/TRUST_PROXY/);
  });

  it("says the same for an unknown email and a wrong password, and spends a real bcrypt comparison on both", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await viaAction("no-such-user@example.edu", "whatever-1", "10.9.9.9")).toEqual({
      ok: false,
      error: WRONG_CREDENTIALS,
    });
    expect(await viaAction("timing@example.edu", "whatever-1", "10.9.9.9")).toEqual({
      ok: false,
      error: WRONG_CREDENTIALS,
    });
    expect(compare).toHaveBeenCalledTimes(2);
    const [dummy, real] = compare.mock.calls.map((c) => c[1]);
    expect(bcrypt.getRounds(dummy)).toBe(bcrypt.getRounds(real)); // the same cost, so the same time
    expect(await checkCredentials("no-such-user@example.edu", "x")).toEqual(
      await checkCredentials("timing@example.edu", "x"),
    );
    compare.mockRestore();
  });
});
