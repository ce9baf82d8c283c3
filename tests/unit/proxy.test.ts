import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import proxy, { config } from "@/proxy";

const request = (path: string, cookie?: string) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { headers: cookie ? { cookie } : {} });

describe("proxy", () => {
  it("sends a signed-out visitor of a private page to sign-in with a same-site return path", () => {
    const res = proxy(request("/decks/parameter-efficiency?x=1"));
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get("location")!);
    expect(to.pathname).toBe("/sign-in");
    expect(to.searchParams.get("callbackUrl")).toBe("/decks/parameter-efficiency?x=1");
  });

  it.each(["/", "/sign-in", "/experiments/frontier", "/api/health", "/api/reviews"])(
    "lets %s through without a session",
    (path) => {
      expect(proxy(request(path)).headers.get("location")).toBeNull();
    },
  );

  it.each([
    "authjs.session-token=x",
    "__Secure-authjs.session-token=x",
    "authjs.session-token.0=a; authjs.session-token.1=b",
  ])("lets a visitor with %s through", (cookie) =>
    expect(proxy(request("/study", cookie)).headers.get("location")).toBeNull(),
  );

  it("never sets a cookie, so a request in flight during sign-out cannot sign the user back in", () => {
    for (const res of [proxy(request("/study", "authjs.session-token=x")), proxy(request("/study"))]) {
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });
});

describe("proxy matcher", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

  // A redirect here would break the app offline: the worker script cannot be behind one, the
  // manifest and icons are fetched without cookies, and the offline shell must open signed out.
  it.each([
    "/sw.js",
    "/manifest.webmanifest",
    "/icons/icon-192.png",
    "/tfjs/tfjs-backend-wasm.wasm",
    "/_next/static/chunks/a.js",
  ])("leaves %s alone", (url) => {
    expect(matches(url)).toBe(false);
  });

  // The offline shell goes through the proxy (its scripts need a nonce) but is never redirected.
  it("lets /offline through signed out, with a script nonce", () => {
    expect(matches("/offline")).toBe(true);
    const res = proxy(request("/offline"));
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
  });

  it.each(["/study", "/study/review", "/offline/x", "/quizzes"])("still guards %s", (url) => {
    expect(matches(url)).toBe(true);
  });
});

describe("proxy: edges and headers", () => {
  it("answers a broken %-escape with 400, not a 500 from the router", async () => {
    const res = proxy(request("/experiments/%E0%A4%A"));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/broken %-escape/);
    expect(proxy(request("/experiments/%E0%A4%A4")).status).not.toBe(400); // a whole escape is fine
  });

  it("answers a body declared over 1 MB with 413 before anything reads it", () => {
    const big = new NextRequest(new URL("/study", "http://localhost:3000"), {
      method: "POST",
      headers: { "content-length": String(1_000_001), cookie: "authjs.session-token=x" },
    });
    expect(proxy(big).status).toBe(413);
  });

  it("sets a CSP (no plugins, no framing) everywhere, and HSTS only over https", () => {
    const plain = proxy(request("/sign-in"));
    expect(plain.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(plain.headers.get("content-security-policy")).toMatch(/object-src 'none'/);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const tls = proxy(new NextRequest(new URL("/sign-in", "https://paramlab.example")));
    expect(tls.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(proxy(request("/decks/x")).headers.get("content-security-policy")).toBeTruthy(); // on the redirect too
  });

  it("a script policy with a fresh nonce per request, handed on to Next.js on the request", () => {
    const [a, b] = [proxy(request("/sign-in")), proxy(request("/sign-in"))];
    const nonce = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    const csp = a.headers.get("content-security-policy")!;
    for (const d of ["'strict-dynamic'", "'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self'"])
      expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // NextResponse.next({ request: { headers } }) records the overridden request headers like this
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });
});
