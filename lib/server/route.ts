import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentActor } from "@/lib/server/session";
import { assertAdmin, assertInstructor, assertSignedIn, assertTeacher, type Actor } from "@/lib/server/actor";
import { AppError, isAppError } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/field-errors";
import type { Access } from "@/lib/server/action";

// Next.js leaves `params` out on a route without dynamic segments (app-route/module.js).
type Ctx = { params?: Promise<Record<string, string | string[]>> };

/** The largest JSON body a route reads (proxy.ts refuses larger declared bodies before this). */
const MAX_JSON_BYTES = 1_000_000;

const refuse = (status: number, error: string) => NextResponse.json({ error }, { status });

/**
 * A write must come from this app's own pages: a browser's Origin (sent with every
 * cross-site POST) must be this host, and the body must be declared JSON — a form or a
 * `text/plain` post, which another site can send without asking, is refused before anything
 * runs. (Server actions get the same Origin check from Next.js itself.)
 */
function crossSiteRefusal(req: NextRequest): Response | null {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin !== null) {
    let from: string | null = null;
    try {
      from = new URL(origin).host;
    } catch {
      from = null; // "null" (a sandboxed frame, a file) or garbage
    }
    if (!host || from !== host) return refuse(403, "This request came from another site and was refused.");
  } else if (/^(cross|same)-site$/.test(req.headers.get("sec-fetch-site") ?? "")) {
    return refuse(403, "This request came from another site and was refused.");
  }
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    return refuse(415, "Send the body as JSON (Content-Type: application/json).");
  }
  return null;
}

/** The body as text, or null when it is larger than `max` bytes (read no further than that). */
async function readCapped(req: NextRequest, max: number): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client hung up mid-body (Node: "aborted", ECONNRESET): nothing was done, and no one is
      // left to answer, so this is not a server bug to log; the answer says so for any proxy.
      throw new AppError("The request was cut off before its body arrived.", "bad_request");
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Route handlers read as three steps: who is asking (401/403), is the input valid (422),
 * then the work. Input is the JSON body for writes and the query string for reads; a write
 * must first pass crossSiteRefusal (403/415) and fit in MAX_JSON_BYTES (413).
 */
export function defineRoute<S extends z.ZodType, A extends Access>(
  opts: { input: S; access: A },
  handler: (
    input: z.output<S>,
    actor: A extends "public" ? Actor | null : Actor,
    req: NextRequest,
    params: Record<string, string | string[]>,
  ) => Promise<unknown>, // a Response is sent as it is; anything else as JSON
) {
  return async (req: NextRequest, ctx: Ctx): Promise<Response> => {
    try {
      const write = req.method !== "GET" && req.method !== "HEAD";
      const refused = write ? crossSiteRefusal(req) : null;
      if (refused) return refused;
      const actor = await currentActor();
      if (opts.access === "user") assertSignedIn(actor);
      if (opts.access === "instructor") assertInstructor(actor);
      if (opts.access === "teacher") assertTeacher(actor);
      if (opts.access === "admin") assertAdmin(actor);
      let raw: unknown;
      if (!write) raw = Object.fromEntries(req.nextUrl.searchParams);
      else {
        const text = await readCapped(req, MAX_JSON_BYTES);
        if (text === null)
          return refuse(413, `The request body is too large (at most ${MAX_JSON_BYTES / 1_000_000} MB).`);
        try {
          raw = JSON.parse(text);
        } catch {
          return NextResponse.json({ error: "The request body must be JSON." }, { status: 400 });
        }
      }
      const parsed = opts.input.safeParse(raw);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return NextResponse.json(
          { error: Object.values(errors)[0] ?? "Invalid input.", fieldErrors: errors },
          { status: 422 },
        );
      }
      const out = await handler(parsed.data, actor as Actor, req, (await ctx.params) ?? {});
      return out instanceof Response ? out : NextResponse.json(out ?? { ok: true });
    } catch (e) {
      if (isAppError(e)) return NextResponse.json({ error: e.message, code: e.code }, { status: e.status });
      console.error("[route] unexpected error", e);
      return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
