"use client";

import { useActionState } from "react";
import { savePreferredName } from "@/lib/actions/profile";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";

/** "What should we call you?" — the greeting uses it; empty means the full name. */
export function PreferredNameForm({ name, preferredName }: { name: string; preferredName: string }) {
  const [state, action, pending] = useActionState(savePreferredName, null);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-3">
      <FormError message={state && !state.ok ? state.error : undefined} />
      {state?.ok && state.message ? (
        <p
          role="status"
          className="rounded-xl bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {state.message}
        </p>
      ) : null}
      <Field
        label="What should we call you?"
        name="preferredName"
        autoComplete="nickname"
        defaultValue={state?.values?.preferredName ?? preferredName}
        placeholder={name}
        hint={`Used to greet you. Leave it empty to be greeted as ${name}.`}
        error={state?.fieldErrors?.preferredName}
        maxLength={40}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
