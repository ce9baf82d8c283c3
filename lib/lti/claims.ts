/**
 * The LTI 1.3 claims this tool reads from a launch's id_token, and how platform roles map to
 * ours. Pure: the token has already been verified (lib/server/lti/launch.ts) when these run.
 * Claim names: 1EdTech LTI Core 1.3 §5.3–5.4, AGS 2.0 §3.1, NRPS 2.0 §3.6.
 */
export const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
export const NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
export const AGS_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/";
export const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

export type LaunchRole = "instructor" | "learner" | "none";

export type Launch = {
  subject: string;
  deploymentId: string;
  resourceLinkId: string;
  /** the activity's title in the LMS (its gradebook column is usually named after it) */
  resourceLinkTitle: string | null;
  contextId: string;
  contextTitle: string;
  name: string;
  email: string | null;
  role: LaunchRole;
  lineItemsUrl: string | null;
  lineItemUrl: string | null;
  agsScopes: string[];
  membershipsUrl: string | null;
};

/** Context roles that teach (LTI Core §A.2.3, with their sub-roles and short names). */
const TEACHING = new Set(["Instructor", "Administrator", "ContentDeveloper", "Mentor", "TeachingAssistant"]);
const MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

/**
 * The context role of a roles array: teaching wins over learning. Only context roles count
 * (full membership URIs, their sub-roles, or the deprecated short names); institution and
 * system roles such as `…/institution/person#Faculty` are ignored, because they say nothing
 * about this course.
 */
export function contextRole(roles: readonly unknown[]): LaunchRole {
  let learner = false;
  for (const r of roles) {
    if (typeof r !== "string") continue;
    let name: string | null = null;
    if (r.startsWith(MEMBERSHIP + "#")) name = r.slice(MEMBERSHIP.length + 1);
    else if (r.startsWith(MEMBERSHIP + "/")) name = r.slice(MEMBERSHIP.length + 1).split("#")[0];
    else if (!r.includes(":") && !r.includes("/")) name = r;
    if (!name) continue;
    if (TEACHING.has(name)) return "instructor";
    if (name === "Learner") learner = true;
  }
  return learner ? "learner" : "none";
}

export class ClaimError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);

/** The launch a verified payload describes, or a ClaimError naming what is missing. */
export function readLaunch(payload: Record<string, unknown>): Launch {
  if (payload[LTI + "version"] !== "1.3.0") throw new ClaimError("bad_version", "This is not an LTI 1.3.0 launch.");
  if (payload[LTI + "message_type"] !== "LtiResourceLinkRequest")
    throw new ClaimError("bad_message_type", "Only resource link launches are supported.");
  const subject = str(payload.sub);
  if (!subject) throw new ClaimError("missing_sub", "The launch names no user (anonymous launches are not supported).");
  const deploymentId = str(payload[LTI + "deployment_id"]);
  if (!deploymentId) throw new ClaimError("missing_deployment", "The launch names no deployment.");
  const resourceLink = obj(payload[LTI + "resource_link"]);
  const resourceLinkId = str(resourceLink.id);
  if (!resourceLinkId) throw new ClaimError("missing_resource_link", "The launch names no resource link.");
  const roles = payload[LTI + "roles"];
  if (!Array.isArray(roles)) throw new ClaimError("missing_roles", "The launch carries no roles.");
  const context = obj(payload[LTI + "context"]);
  const contextId = str(context.id);
  if (!contextId) throw new ClaimError("missing_context", "The launch comes from no course (context).");
  const ags = obj(payload[AGS_ENDPOINT]);
  const nrps = obj(payload[NRPS_CLAIM]);
  const given = [payload.given_name, payload.family_name].filter((s) => typeof s === "string" && s).join(" ");
  return {
    subject,
    deploymentId,
    resourceLinkId,
    resourceLinkTitle: str(resourceLink.title),
    contextId,
    contextTitle: str(context.title) ?? str(context.label) ?? "LMS course",
    name: (str(payload.name) ?? given) || "LMS user",
    email: str(payload.email),
    role: contextRole(roles),
    lineItemsUrl: str(ags.lineitems),
    lineItemUrl: str(ags.lineitem),
    agsScopes: Array.isArray(ags.scope) ? ags.scope.filter((s): s is string => typeof s === "string") : [],
    membershipsUrl: str(nrps.context_memberships_url),
  };
}
