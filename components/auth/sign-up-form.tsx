"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useDeviceTimeZone } from "@/components/ui/client-only";
import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { passwordRules } from "@/lib/validation/auth";

export function SignUpForm({
  defaultRole,
  callbackUrl,
}: {
  defaultRole: "student" | "instructor";
  callbackUrl?: string;
}) {
  const [state, action, pending] = useActionState(signUpAction, null);
  // The learner's own time zone decides which calendar day a card is due on.
  const timeZone = useDeviceTimeZone();
  const errors = state?.fieldErrors ?? {};
  const role = state?.values?.role ?? defaultRole;
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="space-y-4">
      <FormError message={state && !state.ok ? state.error : undefined} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <fieldset>
        <legend className="mb-1.5 block text-sm font-medium">I am here to…</legend>
        <div className="grid grid-cols-2 gap-2" key={role}>
          {(
            [
              ["student", "I study", "Cards, proofs, quizzes"],
              ["instructor", "I teach", "Classes and progress"],
            ] as const
          ).map(([value, label, hint]) => (
            <label
              key={value}
              className="flex min-h-16 cursor-pointer flex-col justify-center rounded-xl border border-zinc-300 bg-white px-3 py-2 has-[:checked]:border-accent-500 has-[:checked]:ring-2 has-[:checked]:ring-accent-200 dark:border-zinc-700 dark:bg-zinc-900 dark:has-[:checked]:ring-accent-700"
            >
              <span className="flex items-center gap-2 font-semibold">
                <input
                  type="radio"
                  name="role"
                  value={value}
                  defaultChecked={role === value}
                  className="accent-accent-600"
                />
                {label}
              </span>
              <span className="text-xs text-zinc-500">{hint}</span>
            </label>
          ))}
        </div>
        {errors.role ? (
          <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">
            {errors.role}
          </p>
        ) : null}
      </fieldset>
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
