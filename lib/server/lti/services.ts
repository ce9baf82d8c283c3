import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { signingKey } from "@/lib/server/lti/keys";

/**
 * Calls to a platform's LTI Advantage services (1EdTech Security Framework §4.1: OAuth 2
 * client credentials with a signed JWT assertion). A token is cached per platform and scope
 * set until 30 s before it expires.
 */
export type PlatformCreds = { id: string; clientId: string; tokenUrl: string };
export const SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
export const LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
export const MEMBERSHIPS_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
  /** worth another try later: the platform was busy or down, or we were throttled */
  get retryable() {
    return this.status === 0 || this.status === 401 || this.status === 429 || this.status >= 500;
  }
}

type Cached = { token: string; until: number };
const g = globalThis as unknown as { ltiTokens?: Map<string, Cached> };
const cache = (): Map<string, Cached> => (g.ltiTokens ??= new Map<string, Cached>());

export function forgetToken(p: PlatformCreds) {
  for (const k of cache().keys()) if (k.startsWith(`${p.id} `)) cache().delete(k);
}

export async function serviceToken(p: PlatformCreds, scopes: string[]): Promise<string> {
  const scope = [...scopes].sort().join(" ");
  const key = `${p.id} ${scope}`;
  const hit = cache().get(key);
  if (hit && hit.until > Date.now()) return hit.token;
  const { kid, key: privateKey } = await signingKey();
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid })
    .setIssuer(p.clientId)
    .setSubject(p.clientId)
    .setAudience(p.tokenUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(privateKey);
  const res = await call(p.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope,
    }).toString(),
  });
  const body = (await res.json()) as { access_token?: string; expires_in?: number };
  if (!body.access_token) throw new ServiceError(502, "the platform's token answer had no access_token");
  cache().set(key, { token: body.access_token, until: Date.now() + ((body.expires_in ?? 3600) - 30) * 1000 });
  return body.access_token;
}

/** fetch with a timeout; a non-2xx answer is a ServiceError carrying its status. */
export async function call(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000), redirect: "error" });
  } catch (e) {
    throw new ServiceError(0, `could not reach ${new URL(url).host}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok)
    throw new ServiceError(res.status, `${init.method ?? "GET"} ${new URL(url).pathname} answered ${res.status}`);
  return res;
}

/** `{lineitem}/scores`, keeping the line item URL's query (Moodle's carry `?type_id=…`). */
export function scoresUrl(lineItem: string): string {
  const u = new URL(lineItem);
  u.pathname = u.pathname.replace(/\/$/, "") + "/scores";
  return u.toString();
}
