"use client";

import { startTransition, type SubmitEvent } from "react";

/**
 * With JavaScript, submit a useActionState form without React's automatic form reset.
 * React resets a `<form action={…}>` when its action finishes; under load that can land a
 * moment after the error message shows, wiping what the user had already started to fix.
 * Preventing the native submit makes React skip the reset; the same `action` prop still
 * serves browsers without JavaScript. Use as `onSubmit={submitKeepingValues(action)}`.
 */
export function submitKeepingValues(dispatch: (form: FormData) => void) {
  return (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget, event.submitter);
    startTransition(() => dispatch(form));
  };
}
