"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useActionState } from "react";
import { createClassAction } from "@/lib/actions/teach-classes";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { CodeLifetimeSelect } from "@/components/teach/code-lifetime-select";

export function CreateClassForm() {
  const [state, action, pending] = useActionState(createClassAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-4">
      <FormError message={state && !state.ok ? state.error : undefined} />
      <Field
        label="Class name"
        name="name"
        placeholder="e.g. Deep Learning Systems · Group A"
        defaultValue={state?.values?.name}
        error={errors.name}
        maxLength={80}
        required
      />
      <div className="grid items-end gap-3 sm:grid-cols-[1fr_auto]">
        <CodeLifetimeSelect id="create-code-lifetime" defaultValue={state?.values?.codeLifetime} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create class"}
        </Button>
      </div>
    </form>
  );
}
