import "server-only";
import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import type { Actor } from "@/lib/server/actor";
import { csvHeaders } from "@/lib/csv";
import { idSchema } from "@/lib/validation/classes";
import { invalid } from "@/lib/server/errors";

/**
 * GET /api/classes/[id]/export/<kind>: instructors only (defineRoute answers 401/403), the
 * class id validated, ownership checked by the builder in lib/server (404 for a class that
 * is missing or not yours, with no CSV bytes), then the file as an attachment.
 */
export function csvExportRoute(build: (actor: Actor, classId: string) => Promise<{ fileName: string; csv: string }>) {
  return defineRoute({ input: z.object({}), access: "instructor" }, async (_input, actor, _req, params) => {
    const parsed = idSchema.safeParse(params.id);
    if (!parsed.success) throw invalid("Not a valid class id.");
    const { fileName, csv } = await build(actor, parsed.data);
    return new Response(csv, { status: 200, headers: csvHeaders(fileName) });
  });
}
