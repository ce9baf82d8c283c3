import "server-only";
import { clientIp } from "@/lib/server/client-ip";
import { recordSignInFailure, recordSignInSuccess, signInWait } from "@/lib/server/throttle";
import { checkCredentials } from "@/lib/server/users";
import { signInSchema } from "@/lib/validation/auth";

export type SignInOutcome =
  | { kind: "ok"; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { kind: "wrong" }
  | { kind: "wait"; ms: number };

/**
 * The Credentials provider's check (lib/auth.ts), shared by both ways in: the throttle first
 * (a refused attempt never reaches bcrypt), then the password; a failure counts against this
 * email and this network whether or not the email has an account.
 */
export async function authorizeSignIn(raw: unknown, headers: Headers): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { kind: "wrong" };
  const { email, password } = parsed.data;
  const ip = clientIp(headers);
  const wait = await signInWait(email, ip);
  if (wait > 0) return { kind: "wait", ms: wait };
  const check = await checkCredentials(email, password);
  if (!check.ok) {
    await recordSignInFailure(email, ip);
    return { kind: "wrong" };
  }
  await recordSignInSuccess(email, ip);
  const { id, name, email: accountEmail } = check.actor;
  return { kind: "ok", user: { id, name, email: accountEmail, sessionVersion: check.sessionVersion } };
}
