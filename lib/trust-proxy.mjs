// Plain JavaScript on purpose: read by the app (lib/server/client-ip.ts) and by the server
// script (scripts/serve.mjs), so both agree on what TRUST_PROXY means.

/**
 * How many reverse proxies in front of the app append the address they saw to
 * X-Forwarded-For. Unset or 0: none (the app is reached directly), so a client-sent
 * X-Forwarded-For is ignored and the socket's address is used. "true" means 1.
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function trustedProxyHops(env = process.env) {
  const raw = (env.TRUST_PROXY ?? "").trim().toLowerCase();
  if (raw === "" || raw === "false" || raw === "0") return 0;
  if (raw === "true") return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(`TRUST_PROXY must be a number of proxies from 0 to 10, or true/false (got "${env.TRUST_PROXY}").`);
  }
  return n;
}

/**
 * What the server writes into X-Forwarded-For before the app sees the request: the socket's
 * address, after what trusted proxies sent (and nothing a client sent, when none are trusted).
 * @param {string | string[] | undefined} forwarded
 * @param {string | undefined} socketAddress
 * @param {number} hops
 */
export function forwardedFor(forwarded, socketAddress, hops) {
  const remote = socketAddress || "unknown";
  const prior = hops > 0 ? [forwarded ?? []].flat().join(", ").trim() : "";
  return prior ? `${prior}, ${remote}` : remote;
}
