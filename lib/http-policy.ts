/**
 * The response headers proxy.ts sets, pure so a unit test reads them.
 *
 * The Content-Security-Policy is the part that cannot break the app's own scripts: no plugins,
 * no <base> rewriting, no framing by another site (clickjacking). A script-src policy (nonces
 * on Next.js's scripts, 'wasm-unsafe-eval' for the tfjs Wasm backend) is not set yet: it needs
 * every page rendered per request and a browser test of the proof worker (README › Security).
 */
export const MAX_BODY_BYTES = 1_000_000;

export const CONTENT_SECURITY_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** HSTS only over https: a browser ignores it on plain http, and localhost must stay reachable. */
export function securityHeaders(https: boolean): [string, string][] {
  return [
    ["content-security-policy", CONTENT_SECURITY_POLICY],
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "strict-origin-when-cross-origin"],
    ...(https ? [["strict-transport-security", "max-age=31536000; includeSubDomains"] as [string, string]] : []),
  ];
}
