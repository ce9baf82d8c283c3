/**
 * The one message a failed sign-in shows, from the code the Credentials provider gave it
 * (lib/auth.ts): the same for an unknown email and a wrong password, so the form never says
 * who has an account; a throttled attempt says when to come back. Shared by the sign-in action
 * and the sign-in page (which POST /api/auth/callback/credentials redirects to with `?code=`).
 */
export const WRONG_CREDENTIALS = "Wrong email or password.";

export function signInMessage(code: string | undefined): string {
  const wait = /^too_many_(\d{1,4})$/.exec(code ?? "");
  if (!wait) return WRONG_CREDENTIALS;
  const n = Number(wait[1]);
  return `Too many attempts — try again in ${n === 1 ? "1 minute" : `${n} minutes`}.`;
}
