import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import { Panel, Refusal } from "@/components/ui/page";
import { checkInvite } from "@/lib/server/invites";
import { currentActor } from "@/lib/server/session";
import { formatWhen } from "@/lib/quiz/time-format";

// The token is in the address: never send it to another site as a Referer.
export const metadata: Metadata = { title: "Instructor invite", referrer: "no-referrer" };

/** An admin's single-use link: a new instructor account, or a signed-in student promoted. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, actor] = await Promise.all([checkInvite(token), currentActor()]);
  if (!invite.ok) return <Refusal title="This invite cannot be used">{invite.message}</Refusal>;
  const until = `This link works once, until ${formatWhen(invite.expiresAt, actor?.timeZone ?? "UTC")}${actor ? "" : " (UTC)"}`;
  if (actor && actor.role !== "student") {
    return (
      <Refusal title="You already teach">
        <p>
          Your account ({actor.email}) is already an instructor, so this link is not needed. It stays unused: pass it on
          to the person it was meant for.
        </p>
      </Refusal>
    );
  }
  if (actor) {
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="mb-1 text-2xl font-bold tracking-tight">Teach with ParamLab</h1>
        <p className="mb-5 text-zinc-600 dark:text-zinc-400">
          You were invited to teach. Accept to make your account ({actor.email}) an instructor account; you then sign in
          again. {until}.
        </p>
        <Panel>
          <AcceptInviteForm token={token} />
        </Panel>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Create your instructor account</h1>
      <p className="mb-5 text-zinc-600 dark:text-zinc-400">
        You were invited to teach with ParamLab. {until}. Already have an account? Sign in, then open this link again.
      </p>
      <Panel>
        <SignUpForm invite={token} callbackUrl={`/invite/${token}`} />
      </Panel>
    </div>
  );
}
