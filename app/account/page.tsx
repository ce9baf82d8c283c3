import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { Button, ButtonLink } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/auth";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { getProfile } from "@/lib/server/users";
import { requireActor } from "@/lib/server/session";
import { PreferredNameForm } from "@/components/account/preferred-name-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const actor = await requireActor("/account");
  const { password } = await searchParams;
  const profile = await getProfile(actor);
  return (
    <div className="max-w-lg">
      <PageHeader title="Account" />
      {password === "changed" ? (
        <p
          role="status"
          className="mb-4 rounded-xl bg-emerald-50 p-3 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
        >
          Password changed. Your other devices are signed out; this one stays signed in.
        </p>
      ) : null}
      <Panel>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-zinc-500">Name</dt>
          <dd>{profile.name}</dd>
          <dt className="text-zinc-500">Email</dt>
          <dd className="break-all">{profile.email}</dd>
          <dt className="text-zinc-500">Role</dt>
          <dd>{profile.role === "admin" ? "Admin" : profile.role === "instructor" ? "Instructor" : "Student"}</dd>
          <dt className="text-zinc-500">Time zone</dt>
          <dd>{profile.timeZone}</dd>
        </dl>
      </Panel>
      <Panel className="mt-4">
        <PreferredNameForm name={profile.name} preferredName={profile.preferredName} />
      </Panel>
      <div className="mt-4 flex flex-wrap gap-2">
        <ButtonLink href="/study/settings" variant="secondary">
          Study settings
        </ButtonLink>
        <ButtonLink href="/stats" variant="secondary">
          Your progress
        </ButtonLink>
        {actor.admin ? (
          <ButtonLink href="/admin" variant="secondary">
            Admin
          </ButtonLink>
        ) : null}
      </div>
      <Panel className="mt-4">
        <h2 className="mb-3 font-semibold">Change password</h2>
        <ChangePasswordForm />
      </Panel>
      <div className="mt-4 flex flex-wrap gap-2">
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            Sign out
          </Button>
        </form>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </div>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        “Sign out everywhere” ends every session of this account, on every device, this one included.
      </p>
    </div>
  );
}
