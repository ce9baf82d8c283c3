import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { currentActor } from "@/lib/server/session";
import { assertInstructor, assertSignedIn, type Actor } from "@/lib/server/actor";
import { isAppError } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/field-errors";
import type { Access } from "@/lib/server/action";

// Next.js leaves `params` out on a route without dynamic segments (app-route/module.js).
type Ctx = { params?: Promise<Record<string, string | string[]>> };

/**
 * Route handlers read as three steps: who is asking (401/403), is the input valid (422),
 * then the work. Input is the JSON body for writes and the query string for reads.
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
      const actor = await currentActor();
      if (opts.access === "user") assertSignedIn(actor);
      if (opts.access === "instructor") assertInstructor(actor);
      let raw: unknown;
      if (req.method === "GET" || req.method === "HEAD") raw = Object.fromEntries(req.nextUrl.searchParams);
      else {
        try {
          raw = await req.json();
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
