import "server-only";
import { ltiErrorPage } from "@/lib/lti/error-page";
import { LtiError } from "@/lib/server/lti/errors";

/** Whether the request reached us over https (directly, or through a proxy that says so). */
export function isHttps(req: Request): boolean {
  const forwarded = req.headers.get("x-forwarded-proto");
  return (forwarded ?? new URL(req.url).protocol.replace(":", "")).split(",")[0].trim() === "https";
}

/** Our own origin as the browser sees it (behind a proxy: its forwarded host and protocol). */
export function publicOrigin(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  return `${isHttps(req) ? "https" : "http"}://${host}`;
}

/** Form fields or query parameters as plain strings (a platform may use GET or POST). */
export async function ltiParams(req: Request): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(req.url).searchParams) out[k] = v;
  if (
    req.method === "POST" &&
    /application\/x-www-form-urlencoded|multipart\/form-data/i.test(req.headers.get("content-type") ?? "")
  ) {
    for (const [k, v] of await req.formData()) if (typeof v === "string") out[k] = v;
  }
  return out;
}

/** A refusal as a page (with its code in a header for tests and logs); anything else is rethrown. */
export function ltiRefusal(e: unknown): Response {
  if (!(e instanceof LtiError)) throw e;
  return new Response(ltiErrorPage(e.message, e.code), {
    status: e.status,
    headers: { "content-type": "text/html; charset=utf-8", "x-lti-error": e.code, "cache-control": "no-store" },
  });
}
