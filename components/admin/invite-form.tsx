"use client";

import { useActionState } from "react";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { createInviteAction } from "@/lib/actions/admin";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { CopyButton } from "@/components/teach/copy-button";
import { INVITE_DAYS } from "@/lib/validation/admin";

/** Makes a single-use instructor invite and shows its link once (only its hash is stored). */
export function InviteForm() {
  const [state, action, pending] = useActionState(createInviteAction, null);
  const errors = state?.fieldErrors ?? {};
  // The action answers with the link's path; the page's own origin makes it a full address.
  const path = state?.ok && state.message ? state.message : null;
  const link = path ? `${window.location.origin}${path}` : null;
  return (
    <div className="space-y-4">
      <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-4" noValidate>
        <FormError message={state && !state.ok ? state.error : undefined} />
        <Field
          label="Only for this email (optional)"
          name="email"
          type="email"
          inputMode="email"
          hint="Set it and the link makes or promotes only the account with this email."
          defaultValue={state?.values?.email}
          error={errors.email}
        />
        <Field
          label="A note for you (optional)"
          name="note"
          maxLength={120}
          defaultValue={state?.values?.note}
          error={errors.note}
        />
        <div className="space-y-1.5">
          <label htmlFor="days" className="block text-sm font-medium">
            The link works for
          </label>
          <select
            id="days"
            name="days"
            defaultValue={state?.values?.days ?? "7"}
            className="block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            {INVITE_DAYS.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? "1 day" : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Making the link…" : "Make an invite link"}
        </Button>
      </form>
      {link ? (
        <div
          role="status"
          className="space-y-2 rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/40"
        >
          <p className="font-semibold">Invite link (shown only now: copy it and send it to the new instructor)</p>
          <p className="break-all font-mono text-xs" data-testid="invite-link">
            {link}
          </p>
          <CopyButton text={link} label="Copy link" />
        </div>
      ) : null}
    </div>
  );
}
