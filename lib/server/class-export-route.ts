import "server-only";
import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import type { Actor } from "@/lib/server/actor";
import { csvHeaders } from "@/lib/csv";
import { idSchema, quizResultsQuerySchema, type AttemptSet } from "@/lib/validation/classes";
import { invalid } from "@/lib/server/errors";

/**
 * GET /api/classes/[id]/export/<kind>: instructors only (defineRoute answers 401/403), the
 * class id validated, ownership checked by the builder in lib/server (404 for a class that
 * is missing or not yours, with no CSV bytes), then the file as an attachment.
 */
export function csvExportRoute(build: (actor: Actor, classId: string) => Promise<{ fileName: string; csv: string }>) {
  return defineRoute({ input: z.object({}), access: "teacher" }, async (_input, actor, _req, params) => {
    const parsed = idSchema.safeParse(params.id);
    if (!parsed.success) throw invalid("Not a valid class id.");
    const { fileName, csv } = await build(actor, parsed.data);
    return new Response(csv, { status: 200, headers: csvHeaders(fileName) });
  });
}

/**
 * GET /api/classes/[id]/quizzes/[quizId]/export/<kind>?attempts=graded|first|all: the same
 * checks, for a file about one quiz of the class (the builder checks the quiz is the class's).
 */
export function quizCsvExportRoute(
  build: (
    actor: Actor,
    classId: string,
    quizId: string,
    selection: AttemptSet,
  ) => Promise<{ fileName: string; csv: string }>,
) {
  return defineRoute({ input: quizResultsQuerySchema, access: "teacher" }, async (input, actor, _req, params) => {
    const classId = idSchema.safeParse(params.id);
    const quizId = idSchema.safeParse(params.quizId);
    if (!classId.success || !quizId.success) throw invalid("Not a valid class or quiz id.");
    const { fileName, csv } = await build(actor, classId.data, quizId.data, input.attempts);
    return new Response(csv, { status: 200, headers: csvHeaders(fileName) });
  });
}
