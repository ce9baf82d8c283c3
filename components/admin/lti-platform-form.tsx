"use client";

import { useActionState } from "react";
import { registerPlatformAction } from "@/lib/actions/lti";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { FormStatus } from "@/components/teach/form-status";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";

const FIELDS = [
  ["name", "Name (for you)", "e.g. School Moodle"],
  ["issuer", "Issuer (platform id)", "Moodle: the site URL; Canvas: https://canvas.instructure.com"],
  ["clientId", "Client id", "The client id the LMS gave this tool"],
  ["deploymentIds", "Deployment ids", "One or more, separated by spaces or commas"],
  ["authUrl", "Authentication request URL", "Moodle: …/mod/lti/auth.php"],
  ["tokenUrl", "Access token URL", "Moodle: …/mod/lti/token.php"],
  ["jwksUrl", "Public keyset (JWKS) URL", "Moodle: …/mod/lti/certs.php"],
] as const;

/** Registers an LMS: the values its LTI 1.3 tool page shows once the tool is added there. */
export function LtiPlatformForm() {
  const [state, action, pending] = useActionState(registerPlatformAction, null);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-3" aria-label="Register an LMS">
      {FIELDS.map(([name, label, hint]) => (
        <Field
          key={name}
          name={name}
          label={label}
          hint={hint}
          defaultValue={state?.values?.[name] ?? ""}
          error={state?.fieldErrors?.[name]}
          autoComplete="off"
        />
      ))}
      {state && !state.ok && !state.fieldErrors ? <FormError message={state.error} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Registering…" : "Register LMS"}
      </Button>
      {state?.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}
