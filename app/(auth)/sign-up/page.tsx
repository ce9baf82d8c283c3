import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Panel } from "@/components/ui/page";
import { currentActor } from "@/lib/server/session";
import { safeReturnPath } from "@/lib/safe-return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentActor()) redirect(safeReturnPath(callbackUrl, "/study"));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="mb-5 text-zinc-600 dark:text-zinc-400">
        Free, and your progress stays on this server. Teaching? Sign up, then ask your admin to make your account an
        instructor.
      </p>
      <Panel>
        <SignUpForm callbackUrl={safeReturnPath(callbackUrl, "")} />
      </Panel>
    </div>
  );
}
