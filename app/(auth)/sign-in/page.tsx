import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Panel } from "@/components/ui/page";
import { currentActor } from "@/lib/server/session";
import { safeReturnPath } from "@/lib/safe-return-path";
import { signInMessage } from "@/lib/sign-in-message";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; code?: string; promoted?: string }>;
}) {
  // POST /api/auth/callback/credentials (the other way in) redirects here with ?error=…&code=…
  const { callbackUrl, error, code, promoted } = await searchParams;
  if (await currentActor()) redirect(safeReturnPath(callbackUrl, "/study"));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Welcome back</h1>
      <p className="mb-5 text-zinc-600 dark:text-zinc-400">Sign in to pick up your reviews where you left them.</p>
      {promoted ? (
        <p
          role="status"
          className="mb-4 rounded-xl bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
        >
          Your account is now an instructor account. Sign in again to start teaching.
        </p>
      ) : null}
      <Panel>
        <SignInForm
          callbackUrl={safeReturnPath(callbackUrl, "")}
          initialError={error ? signInMessage(code) : undefined}
        />
      </Panel>
    </div>
  );
}
