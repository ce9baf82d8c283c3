"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useDeviceTimeZone } from "@/components/ui/client-only";
import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth";
import { signUpWithInviteAction } from "@/lib/actions/invites";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { passwordRules } from "@/lib/validation/auth";

/**
 * Sign-up makes a student: the instructor role is granted by an admin (README › Roles), never
 * chosen here. With `invite` (an admin's single-use link) the account is an instructor's.
 */
export function SignUpForm({ callbackUrl, invite }: { callbackUrl?: string; invite?: string }) {
  const [state, action, pending] = useActionState(invite ? signUpWithInviteAction : signUpAction, null);
  // The learner's own time zone decides which calendar day a card is due on.
  const timeZone = useDeviceTimeZone();
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-4">
      <FormError message={state && !state.ok ? state.error : undefined} />
      <input type="hidden" name="timeZone" value={timeZone} />
      {invite ? (
        <input type="hidden" name="token" value={invite} />
      ) : (
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      )}
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={state?.values?.name}
        error={errors.name}
        required
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={state?.values?.email}
        error={errors.email}
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={passwordRules}
        error={errors.password}
        required
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link
          href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
          className="font-semibold text-accent-600 underline-offset-2 hover:underline dark:text-accent-400"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
