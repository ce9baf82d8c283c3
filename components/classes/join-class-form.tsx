"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useActionState } from "react";
import { joinClassAction } from "@/lib/actions/classes";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Type the code (any case, dash optional), or confirm a code from a join link (hidden field). */
export function JoinClassForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState(joinClassAction, null);
  const error = state && !state.ok ? (state.fieldErrors?.code ?? state.error) : undefined;
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-3">
      {code ? (
        <>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="via" value="link" />
        </>
      ) : (
        <Field
          label="Join code"
          name="code"
          placeholder="K7MP-2QXD"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state?.values?.code}
          error={error}
          className="block min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-3 font-mono text-xl tracking-widest uppercase shadow-sm outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-200 dark:border-zinc-700 dark:bg-zinc-900 dark:focus:ring-accent-700"
        />
      )}
      {code && error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {state?.ok && state.message ? (
        <p
          role="status"
          className="rounded-xl border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {state.message}
        </p>
      ) : null}
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </form>
  );
}
