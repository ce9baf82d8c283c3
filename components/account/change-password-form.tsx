"use client";

import { useActionState } from "react";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { changePasswordAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { passwordRules } from "@/lib/validation/password";

/** Current password, then the new one; every other device is signed out, this one stays in. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-4" noValidate>
      <FormError message={state && !state.ok ? state.error : undefined} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
        required
      />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={passwordRules}
        error={errors.password}
        required
      />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
