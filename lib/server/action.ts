import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/server/session";
import { assertAdmin, assertInstructor, assertSignedIn, assertTeacher, type Actor } from "@/lib/server/actor";
import { isAppError } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/field-errors";

/**
 * The one wrapper every server action goes through: input schema in, session and role
 * checked, a typed result or a message fit for the user out. Nothing else is exposed.
 */
/**
 * "instructor": app-wide instructor powers (new classes, question authoring). "teacher": work on
 * one class or its quizzes, which anyone who teaches some class passes; the class itself is then
 * checked by lib/server (class-access.ts `taughtBy`), so an LMS teacher reaches only their own.
 */
export type Access = "public" | "user" | "teacher" | "instructor" | "admin";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** State for forms driven by useActionState; `values` refills the form after an error. */
export type FormState = null | {
  ok: boolean;
  error?: string;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

type Handler<S extends z.ZodType, T, A extends Access> = (
  input: z.output<S>,
  actor: A extends "public" ? Actor | null : Actor,
) => Promise<T>;

async function authorize(access: Access): Promise<Actor | null> {
  const actor = await currentActor();
  if (access === "user") assertSignedIn(actor);
  if (access === "instructor") assertInstructor(actor);
  if (access === "teacher") assertTeacher(actor);
  if (access === "admin") assertAdmin(actor);
  return actor;
}

function failure(e: unknown): { ok: false; error: string } {
  unstable_rethrow(e); // redirect() and notFound() must reach Next.js
  if (isAppError(e)) return { ok: false, error: e.message };
  console.error("[action] unexpected error", e);
  return { ok: false, error: "Something went wrong on our side. Nothing was changed; please try again." };
}

export function defineAction<S extends z.ZodType, T, A extends Access>(
  opts: { input: S; access: A },
  handler: Handler<S, T, A>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const actor = await authorize(opts.access);
      const parsed = opts.input.safeParse(raw);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return { ok: false, error: Object.values(errors)[0] ?? "Check the form.", fieldErrors: errors };
      }
      return { ok: true, data: await handler(parsed.data, actor as Actor) };
    } catch (e) {
      return failure(e);
    }
  };
}

/** The same for a <form action>: reads FormData, echoes the values back on error. */
export function defineFormAction<S extends z.ZodType, A extends Access>(
  opts: { input: S; access: A },
  handler: Handler<S, FormState | undefined, A>,
) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    const values: Record<string, string> = {};
    for (const [k, v] of form.entries()) if (typeof v === "string" && !/password/i.test(k)) values[k] = v;
    try {
      const actor = await authorize(opts.access);
      const parsed = opts.input.safeParse(Object.fromEntries(form.entries()));
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return { ok: false, error: "Please fix the highlighted fields.", fieldErrors: errors, values };
      }
      const out = await handler(parsed.data, actor as Actor);
      return out ? { ...(out.ok ? {} : { values }), ...out } : { ok: true };
    } catch (e) {
      return { ...failure(e), values };
    }
  };
}
