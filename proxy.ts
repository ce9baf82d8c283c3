import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth.config";
import { MAX_BODY_BYTES, newNonce, securityHeaders } from "@/lib/http-policy";
import { ltiFrameAncestors, withFrameAncestors } from "@/lib/lti/frame-ancestors";

/**
 * Runs before every page and API request (not static files). None of its jobs is the security
 * boundary for data (pages and lib/server check the session themselves):
 *
 * - a malformed percent-encoding in the path is a 400, not a 500 from deep in the router;
 * - a body over MAX_BODY_BYTES (by its Content-Length) is a 413 before anything buffers it
 *   (Next.js answers an over-limit server action body with a 500);
 * - security headers on every answer, HSTS when the request came over https, and a
 *   Content-Security-Policy whose script nonce is new on every request (lib/csp.mjs): the
 *   request carries it on to Next.js, which puts it on the page's own scripts;
 * - a signed-out visitor of a private page goes to sign-in.
 *
 * It only looks for the session cookie, on purpose. Auth.js's own proxy wrapper re-issues
 * the session cookie on every request it sees, so a request already in flight when the
 * user signs out (a link prefetch, say) could land afterwards and sign them back in. A
 * stale or forged cookie gets past this check but not past `currentActor()`.
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function decodes(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const text = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = newNonce();
  const headers = securityHeaders(https, { nonce, pathname });
  const csp = headers.find(([name]) => name === "content-security-policy")?.[1] ?? "";
  const secure = (res: NextResponse) => {
    for (const [name, value] of headers) res.headers.set(name, value);
    // An LMS may frame the app when LTI_FRAME_ANCESTORS names it (lib/lti/frame-ancestors.ts).
    const frame = ltiFrameAncestors(pathname, process.env.LTI_FRAME_ANCESTORS);
    if (frame) res.headers.set("content-security-policy", withFrameAncestors(csp, frame));
    return res;
  };
  // Next.js reads the nonce from the request's own CSP header while it renders the page.
  const pass = () => {
    const forwarded = new Headers(request.headers);
    forwarded.set("content-security-policy", csp);
    return secure(NextResponse.next({ request: { headers: forwarded } }));
  };
  if (!decodes(pathname)) return secure(text("Bad request: the address has a broken %-escape.", 400));
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return secure(text(`Payload too large: at most ${MAX_BODY_BYTES / 1_000_000} MB.`, 413));
  }
  // The offline shell opens signed out too (it then only says the page needs a connection).
  if (isPublicPath(pathname) || pathname.startsWith("/api/") || pathname === "/offline") return pass();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return pass();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", pathname + search);
  return secure(NextResponse.redirect(signIn));
}

// Never in front of what the browser fetches without a session or must not see redirected:
// the service worker script (a redirect fails its registration), the manifest and icons
// (fetched without cookies). Their CSP comes from next.config.js's headers() (lib/csp.mjs).
// The offline shell does go through: its scripts need their nonce (it is let through signed out).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|tfjs/|icons/|sw.js|manifest.webmanifest).*)"],
};
