"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-4">
      <FormError message={state ? (state.ok ? undefined : state.error) : initialError} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
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
        autoComplete="current-password"
        error={errors.password}
        required
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New here?{" "}
        <Link
          href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="font-semibold text-accent-600 underline-offset-2 hover:underline dark:text-accent-400"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
