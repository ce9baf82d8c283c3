import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { ltiError } from "@/lib/server/lti/errors";

/**
 * Step 1 of an LTI 1.3 launch, OIDC third-party initiated login (LTI Core 1.3 §5.1.1 / 1EdTech
 * Security Framework §5.1.1): the platform names itself; we mint a single-use state and a
 * nonce, keep them in the database (any app process may receive the launch), and send the
 * browser to the platform's auth endpoint. The redirect_uri is always our own /lti/launch,
 * never the target_link_uri the request carries (that would be an open redirect).
 */
export const STATE_TTL_MS = 10 * 60_000;

export type LoginParams = Partial<
  Record<"iss" | "login_hint" | "target_link_uri" | "client_id" | "lti_deployment_id" | "lti_message_hint", string>
>;

export async function findPlatform(iss: string, clientId: string | undefined) {
  const found = await db.ltiPlatform.findMany({ where: { issuer: iss, ...(clientId ? { clientId } : {}) }, take: 2 });
  if (found.length === 0)
    throw ltiError(
      "unknown_platform",
      401,
      "This LMS is not registered with ParamLab. Ask your administrator to register it.",
    );
  if (found.length > 1)
    throw ltiError(
      "ambiguous_platform",
      400,
      "This LMS is registered more than once; the login must name its client id.",
    );
  return found[0];
}

export async function startLogin(p: LoginParams, launchUrl: string, now = new Date()): Promise<string> {
  if (!p.iss || !p.login_hint || !p.target_link_uri)
    throw ltiError(
      "missing_parameters",
      400,
      "The LMS sent an incomplete login request (iss, login_hint and target_link_uri are required).",
    );
  const platform = await findPlatform(p.iss, p.client_id);
  if (p.lti_deployment_id) {
    const known = await db.ltiDeployment.findUnique({
      where: { platformId_deploymentId: { platformId: platform.id, deploymentId: p.lti_deployment_id } },
    });
    if (!known)
      throw ltiError(
        "unknown_deployment",
        403,
        "This deployment of the tool is not registered. Ask your administrator to add its deployment id.",
      );
  }
  const state = randomBytes(32).toString("base64url");
  const nonce = randomBytes(32).toString("base64url");
  // Expired rows of earlier logins go as new ones arrive (the table stays small without a sweeper).
  await db.ltiLaunchState.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ltiLaunchState.create({
    data: {
      state,
      nonce,
      platformId: platform.id,
      deploymentHint: p.lti_deployment_id ?? null,
      expiresAt: new Date(now.getTime() + STATE_TTL_MS),
    },
  });
  const auth = new URL(platform.authUrl);
  const q = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: p.login_hint,
    state,
    nonce,
    ...(p.lti_message_hint ? { lti_message_hint: p.lti_message_hint } : {}),
  };
  for (const [k, v] of Object.entries(q)) auth.searchParams.set(k, v);
  return auth.toString();
}
