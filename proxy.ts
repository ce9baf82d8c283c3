import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth.config";

/**
 * Sends a signed-out visitor of a private page to sign-in, and nothing more: pages and
 * lib/server verify the session themselves (the proxy is a convenience, not the boundary).
 *
 * It only looks for the session cookie, on purpose. Auth.js's own proxy wrapper re-issues
 * the session cookie on every request it sees, so a request already in flight when the
 * user signs out (a link prefetch, say) could land afterwards and sign them back in. A
 * stale or forged cookie gets past this check but not past `currentActor()`.
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname) || pathname.startsWith("/api/")) return NextResponse.next();
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(signIn);
}

// Never in front of what the browser fetches without a session or must not see redirected:
// the service worker script (a redirect fails its registration), the manifest and icons
// (fetched without cookies) and the offline shell (it works signed out too).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|tfjs/|icons/|sw.js|manifest.webmanifest|offline$).*)"],
};
