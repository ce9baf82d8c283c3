// The request a server action or route handler sees, for tests that call them directly.
// Next.js gives server code the incoming request's headers through `headers()`; outside a
// request there are none, so a test replaces `next/headers` with `requestHeaders` below:
//
//   vi.mock("next/headers", async (orig) => ({
//     ...(await orig<typeof import("next/headers")>()),
//     headers: async () => (await import("@/tests/support/request-session")).requestHeaders(),
//     cookies: async () => (await import("@/tests/support/request-session")).requestCookies(),
//   }));
//
// Everything after that is the real thing: the cookie is a JWT signed and encrypted by
// Auth.js's own `encode`, read back by `auth()`, and checked against the database by
// `currentActor()`, exactly as on a real request.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";

const COOKIE = "authjs.session-token"; // the name over plain http (https adds __Secure-)
const ORIGIN = "http://127.0.0.1:3000";

let current = new Headers();

export const requestHeaders = () => current;

/** What a server action set with `cookies().set` (Auth.js's signIn and signOut write the session cookie here). */
export const setCookies = new Map<string, string>();

/** `next/headers`' cookies() for tests: reads the current request's cookie header, records what is set. */
export function requestCookies() {
  const sent = () =>
    new Map(
      (current.get("cookie") ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)] as const),
    );
  return {
    get: (name: string) => (sent().has(name) ? { name, value: sent().get(name)! } : undefined),
    getAll: () => [...sent()].map(([name, value]) => ({ name, value })),
    has: (name: string) => sent().has(name),
    set: (name: string, value: string) => void setCookies.set(name, value),
    delete: (name: string) => void setCookies.set(name, ""),
  };
}

type Who = { id: string; name: string; email: string };

/**
 * The session cookie Auth.js sets at sign-in (same claims as lib/auth.config.ts's jwt callback:
 * the account's current session version, a token id, the sign-in time).
 */
export async function sessionCookie(user: Who, secret = process.env.AUTH_SECRET!): Promise<string> {
  const { db } = await import("@/lib/db");
  const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
  const claims = { sv: row?.sessionVersion ?? 0, sid: crypto.randomUUID(), at: Date.now() };
  const token = await encode({
    token: { sub: user.id, uid: user.id, name: user.name, email: user.email, ...claims },
    secret,
    salt: COOKIE,
  });
  return `${COOKIE}=${token}`;
}

/** The following calls run as `user` (null: signed out; `cookie`: a cookie of your own making). */
export async function actAs(user: Who | null, cookie?: string) {
  const headers = new Headers({ host: new URL(ORIGIN).host, "x-forwarded-proto": "http" });
  const value = cookie ?? (user ? await sessionCookie(user) : undefined);
  if (value) headers.set("cookie", value);
  current = headers;
}

/** A request to a route handler, carrying the same cookie as the current headers. */
export function routeRequest(method: string, path: string, body?: string): NextRequest {
  const headers = new Headers(current);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new NextRequest(new URL(path, ORIGIN), { method, headers, body });
}

/** The following calls come from this client address (as scripts/serve.mjs passes it on). */
export function fromIp(ip: string) {
  current.set("x-forwarded-for", ip);
}

export const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/**
 * A sign-in through the other door, POST /api/auth/callback/credentials, exactly as a script
 * would send it: Auth.js's CSRF token first (GET /api/auth/csrf), then the form post, from `ip`.
 * `session`: whether a session cookie came back; `code`: the refusal's code in the redirect.
 */
export async function callbackSignIn(email: string, password: string, ip: string) {
  const { handlers } = await import("@/lib/auth");
  const base = { host: new URL(ORIGIN).host, "x-forwarded-proto": "http", "x-forwarded-for": ip };
  const csrfRes = await handlers.GET(new NextRequest(new URL("/api/auth/csrf", ORIGIN), { headers: base }));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await handlers.POST(
    new NextRequest(new URL("/api/auth/callback/credentials", ORIGIN), {
      method: "POST",
      headers: { ...base, "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie.join("; ") },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/study" }).toString(),
    }),
  );
  const location = res.headers.get("location") ?? "";
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith(`${COOKIE}=`) && c.length > COOKIE.length + 1);
  return { session: Boolean(cookie), cookie, code: new URL(location, ORIGIN).searchParams.get("code") };
}

/** The session cookie the last server action issued (a sign-in, a password change), as a cookie header. */
export function issuedSessionCookie(): string | undefined {
  const value = setCookies.get(COOKIE);
  return value ? `${COOKIE}=${value}` : undefined;
}
