import type { Metadata } from "next";
import { headers } from "next/headers";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { LtiPlatformForm } from "@/components/admin/lti-platform-form";
import { AddDeploymentsForm, RotateKeyForm } from "@/components/admin/lti-small-forms";
import { PageHeader, Panel } from "@/components/ui/page";
import { listPlatforms } from "@/lib/server/lti/platforms";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Admin: LMS (LTI 1.3)" };

/** The addresses an LMS admin enters for this tool, as this request reached us. */
async function toolUrls() {
  const h = await headers();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0].trim();
  const origin = `${proto}://${h.get("x-forwarded-host") ?? h.get("host")}`;
  return [
    ["Initiate login URL (OIDC login)", `${origin}/lti/login`],
    ["Redirection URI (launch)", `${origin}/lti/launch`],
    ["Target link URI", `${origin}/lti/launch`],
    ["Public keyset URL (JWKS)", `${origin}/.well-known/jwks.json`],
  ] as const;
}

export default async function AdminLtiPage() {
  const actor = await requireActor("/admin/lti");
  if (!actor.admin) return <AdminsOnly />;
  const [{ platforms, keys }, urls] = await Promise.all([listPlatforms(actor), toolUrls()]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader
        title="LMS connections"
        lead="Register a Moodle, Canvas or other LTI 1.3 platform: its instructors and learners then open ParamLab from their course, and grades go back to its gradebook."
      />
      <AdminTabs current="lti" />
      <Panel>
        <h2 className="mb-2 font-semibold">What the LMS admin enters</h2>
        <dl className="space-y-2 text-sm">
          {urls.map(([label, value]) => (
            <div key={label}>
              <dt className="font-medium">{label}</dt>
              <dd className="break-all font-mono">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Enable the Assignment and Grade Services and the Names and Role Provisioning Service, and let the LMS share
          names. To show ParamLab inside the LMS page, set LTI_FRAME_ANCESTORS to the LMS origins.
        </p>
      </Panel>
      <Panel>
        <h2 className="mb-2 font-semibold">Registered LMSs</h2>
        {platforms.length === 0 ? <p className="text-sm">None yet.</p> : null}
        <ul className="space-y-3" aria-label="Registered LMSs">
          {platforms.map((p) => (
            <li
              key={p.id}
              className="space-y-1 border-t border-zinc-200 pt-3 text-sm first:border-0 first:pt-0 dark:border-zinc-800"
            >
              <p className="font-semibold">{p.name}</p>
              <p className="break-all">
                Issuer {p.issuer} · client id {p.clientId}
              </p>
              <p className="break-all">Deployments: {p.deployments.map((d) => d.deploymentId).join(", ")}</p>
              <AddDeploymentsForm platformId={p.id} name={p.name} />
            </li>
          ))}
        </ul>
      </Panel>
      <Panel>
        <h2 className="mb-2 font-semibold">Register an LMS</h2>
        <LtiPlatformForm />
      </Panel>
      <Panel>
        <h2 className="mb-2 font-semibold">Tool signing key</h2>
        <p className="mb-2 text-sm">
          {keys.length === 0
            ? "Made at the first launch or JWKS request."
            : keys
                .map((k) => `${k.status} key ${k.kid.slice(0, 8)}… from ${k.createdAt.toISOString().slice(0, 10)}`)
                .join("; ")}
        </p>
        <RotateKeyForm />
      </Panel>
    </div>
  );
}
