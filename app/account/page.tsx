import type { Metadata } from "next";
import { PageHeader, Panel } from "@/components/ui/page";
import { Button, ButtonLink } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/auth";
import { getProfile } from "@/lib/server/users";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const profile = await getProfile(actor);
  return (
    <div className="max-w-lg">
      <PageHeader title="Account" />
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
      <form action={signOutAction} className="mt-4">
        <Button type="submit" variant="secondary" className="w-full sm:w-auto">
          Sign out
        </Button>
      </form>
    </div>
  );
}
