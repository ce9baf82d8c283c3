import type { z } from "zod";

/**
 * First message per field, for showing under each input. Used by defineAction,
 * defineFormAction and defineRoute for every schema, not only the auth forms.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
