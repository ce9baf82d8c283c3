import "server-only";
import { headers } from "next/headers";
import { trustedProxyHops } from "@/lib/trust-proxy.mjs";

/**
 * The client's address, for throttling. scripts/serve.mjs (what `npm start` serves through)
 * writes the socket's address as the last X-Forwarded-For entry and drops what a client sent,
 * unless TRUST_PROXY names how many proxies in front append theirs; the entry that many places
 * from the right is then the client as the outermost trusted proxy saw it.
 */
export function clientIp(h: Headers, hops = trustedProxyHops()): string {
  const chain = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = chain[Math.max(0, chain.length - 1 - hops)];
  return ip ? networkOf(ip) : "unknown";
}

/** The address of the request being served (server actions, route handlers). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/**
 * One key per network that one person controls: an IPv4 address as it is (IPv4-mapped IPv6
 * included), an IPv6 address by its /64 (one home or phone gets a whole /64, so counting by
 * single addresses would let one device rotate through millions of them).
 */
export function networkOf(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4) return v4[1];
  if (!ip.includes(":")) return ip.toLowerCase();
  const [head = "", tail = ""] = ip.toLowerCase().split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const full = ip.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
