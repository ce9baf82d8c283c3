import { contentSecurityPolicy } from "@/lib/csp.mjs";

/**
 * The response headers proxy.ts sets, pure so a unit test reads them. The Content-Security-Policy
 * is built in lib/csp.mjs (shared with next.config.js, which covers the files the proxy skips).
 */
export const MAX_BODY_BYTES = 1_000_000;

/** A fresh, unguessable nonce for one response's scripts (128 bits). */
export function newNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** HSTS only over https: a browser ignores it on plain http, and localhost must stay reachable. */
export function securityHeaders(https: boolean, csp: { nonce?: string; pathname?: string } = {}): [string, string][] {
  const dev = process.env.NODE_ENV === "development";
  return [
    ["content-security-policy", contentSecurityPolicy({ ...csp, dev })],
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "strict-origin-when-cross-origin"],
    ...(https ? [["strict-transport-security", "max-age=31536000; includeSubDomains"] as [string, string]] : []),
  ];
}
