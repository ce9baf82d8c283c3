import type { Metadata } from "next";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { InviteForm } from "@/components/admin/invite-form";
import { RevokeInviteForm } from "@/components/admin/revoke-invite-form";
import { Badge, PageHeader, Panel } from "@/components/ui/page";
import { listInvites } from "@/lib/server/invites";
import { requireActor } from "@/lib/server/session";
import { formatWhen } from "@/lib/quiz/time-format";

export const metadata: Metadata = { title: "Admin: instructor invites" };

const STATE: Record<string, { label: string; tone: "green" | "zinc" | "amber" | "red" }> = {
  pending: { label: "Waiting", tone: "green" },
  used: { label: "Used", tone: "zinc" },
  revoked: { label: "Withdrawn", tone: "red" },
  expired: { label: "Expired", tone: "amber" },
};

export default async function AdminInvitesPage() {
  const actor = await requireActor("/admin/invites");
  if (!actor.admin) return <AdminsOnly />;
  const invites = await listInvites(actor);
  const tz = actor.timeZone;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Admin"
        lead="An invite link makes one instructor account: it works once, until it expires, and not after you withdraw it."
      />
      <AdminTabs current="invites" />
      <Panel className="mb-6">
        <InviteForm />
      </Panel>
      <h2 className="mb-2 font-semibold">Recent invites</h2>
      {invites.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No invites yet.</p> : null}
      <ul className="space-y-2" aria-label="Invites">
        {invites.map((i) => (
          <li key={i.id}>
            <Panel className="flex flex-wrap items-center justify-between gap-3">
              <div className="min-w-0 text-sm">
                <p className="font-semibold">
                  {i.email || "Anyone with the link"}
                  {i.note ? ` · ${i.note}` : ""} <Badge tone={STATE[i.state].tone}>{STATE[i.state].label}</Badge>
                </p>
                <p className="text-zinc-600 dark:text-zinc-400">
                  {i.usedAt
                    ? `Used by ${i.usedBy ? `${i.usedBy.name} (${i.usedBy.email})` : "a deleted account"} on ${formatWhen(i.usedAt, tz)}`
                    : `Made by ${i.createdBy.name} · ${i.state === "pending" ? "works until" : "was valid until"} ${formatWhen(i.expiresAt, tz)}`}
                </p>
              </div>
              {i.state === "pending" ? (
                <RevokeInviteForm inviteId={i.id} label={i.email || i.note || formatWhen(i.createdAt, tz)} />
              ) : null}
            </Panel>
          </li>
        ))}
      </ul>
    </div>
  );
}
