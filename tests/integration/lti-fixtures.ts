// Shared set-up for the LTI integration tests: a fake platform on loopback, registered by an admin.
import { expect } from "vitest";
import { createUser } from "@/lib/server/users";
import { registerPlatform } from "@/lib/server/lti/platforms";
import { publicJwks } from "@/lib/server/lti/keys";
import { startLogin } from "@/lib/server/lti/login";
import { completeLaunch } from "@/lib/server/lti/launch";
import { platformSchema } from "@/lib/validation/lti";
import { ROLE, startFakeLms, type FakeLms } from "@/tests/support/fake-lms";

export const LAUNCH = "http://tool.test/lti/launch";

export async function registeredLms(): Promise<FakeLms> {
  const lms = await startFakeLms({ toolJwks: publicJwks });
  lms.setRedirectUri(LAUNCH);
  lms.users.set("u-teach", { sub: "u-teach", name: "Tess Teacher", roles: [ROLE.instructor] });
  lms.users.set("u-learn-1", { sub: "u-learn-1", name: "Lea Learner", roles: [ROLE.learner] });
  lms.users.set("u-learn-2", { sub: "u-learn-2", name: "Leo Learner", roles: [ROLE.learner] });
  const admin = await createUser({
    name: "Ada Admin",
    email: `admin-${Date.now()}@lti.test`,
    password: "x-admin-pass-1",
    role: "admin",
  });
  await registerPlatform(admin, platformSchema.parse({ ...lms.registration(), deploymentIds: lms.deploymentId }));
  return lms;
}

/** Login at the tool, then the platform's auth endpoint: the form it would post to /lti/launch. */
export async function loginAs(lms: FakeLms, sub: string, extra: Record<string, string> = {}) {
  const to = await startLogin(
    { iss: lms.issuer, login_hint: sub, target_link_uri: LAUNCH, client_id: lms.clientId, ...extra },
    LAUNCH,
  );
  const res = await fetch(to);
  const html = await res.text();
  expect(res.status, html).toBe(200);
  const field = (n: string) => new RegExp(`name="${n}" value="([^"]*)"`).exec(html)![1];
  return { id_token: field("id_token"), state: field("state") };
}

export async function launchAs(lms: FakeLms, sub: string) {
  return completeLaunch(await loginAs(lms, sub));
}
