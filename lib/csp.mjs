// Plain JavaScript on purpose: read by proxy.ts (pages, per request, with a nonce) and by
// next.config.js's headers() (the files the proxy never sees), so both send the same policy.

/**
 * Pages another site may always frame, as [path prefix, frame-ancestors sources]. None: an LMS
 * frames the app only when LTI_FRAME_ANCESTORS names it, which proxy.ts applies on top of this
 * policy (lib/lti/frame-ancestors.ts).
 * @type {[string, string][]}
 */
const FRAMEABLE = [];

/**
 * Who may frame this page: 'none' (no clickjacking) unless FRAMEABLE names it.
 * @param {string} pathname
 * @returns {string}
 */
export function frameAncestors(pathname) {
  return FRAMEABLE.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ?? "'none'";
}

/**
 * The Content-Security-Policy of one response.
 *
 * - Scripts: pages carry a fresh nonce per request and 'strict-dynamic' (Next.js puts the
 *   nonce on its inline bootstrap and chunk scripts; scripts they load are trusted in turn), so
 *   an injected <script> or inline handler never runs. Static hashes could not work: every
 *   page inlines its own RSC payload. Responses without a nonce (the service worker, the tfjs
 *   worker's chunks) allow same-origin files only.
 * - 'wasm-unsafe-eval': the tfjs Wasm backend compiles its .wasm (served from /tfjs/); no eval.
 * - worker-src 'self' blob:: the proof worker (a /_next/static chunk) and the service worker.
 * - style-src 'unsafe-inline': KaTeX sets inline style attributes on every formula (heights,
 *   struts) and React renders style props; a nonce cannot cover attributes. Styles cannot run
 *   code, so this is the usual trade-off.
 * - fonts and images from the app itself (KaTeX's fonts are bundled), data: for small inline ones.
 * @param {{ nonce?: string, dev?: boolean, pathname?: string }} [opts]
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, dev = false, pathname = "/" } = {}) {
  const script = nonce
    ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'"]
    : ["'self'", "'wasm-unsafe-eval'"];
  // React's development build evaluates code for its debugging stack traces.
  if (dev) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(pathname)}`,
  ].join("; ");
}
