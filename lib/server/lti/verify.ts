import "server-only";
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from "jose";
import { db } from "@/lib/db";
import { ClaimError, readLaunch, type Launch } from "@/lib/lti/claims";
import { LtiError, ltiError } from "@/lib/server/lti/errors";

/**
 * Step 2 of a launch: the platform form-posts an id_token and our state back. Checks, in
 * order (each refusal changes nothing but spending the state, which is single use anyway):
 * the state exists and is taken exactly once; the token's issuer is the one the state was
 * minted for; the signature verifies against the platform's JWKS with RS256 only, audience =
 * our client id, not expired, at most ten minutes old; azp when aud is a list; the nonce is
 * the state's; the deployment is registered; the LTI claims are there; the nonce was never
 * seen before (defence in depth: the single-use state already stops a replay).
 */
type Jwks = ReturnType<typeof createRemoteJWKSet>;
const g = globalThis as unknown as { ltiJwks?: Map<string, Jwks> };

// One JWKS cache per URL and process: jose refetches on an unknown kid (platform key rotation).
function platformJwks(url: string): Jwks {
  g.ltiJwks ??= new Map();
  let set = g.ltiJwks.get(url);
  if (!set) g.ltiJwks.set(url, (set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000 })));
  return set;
}

export type VerifiedLaunch = { platformId: string; launch: Launch; nonce: string; expiresAt: Date };

async function takeState(state: string, now: Date) {
  const row = await db.ltiLaunchState.findUnique({ where: { state } });
  // deleteMany is the atomic "take": of two requests carrying the same state, one gets count 1.
  const taken = row ? (await db.ltiLaunchState.deleteMany({ where: { state } })).count === 1 : false;
  if (!row || !taken || row.expiresAt < now)
    throw ltiError(
      "invalid_state",
      401,
      "This launch has expired or was already used. Open the link in your LMS again.",
    );
  return row;
}

function joseRefusal(e: unknown): LtiError {
  if (e instanceof errors.JWTExpired)
    return ltiError("token_expired", 401, "The LMS's launch token has expired. Open the link again.");
  if (e instanceof errors.JWTClaimValidationFailed)
    return ltiError(`claim_invalid_${e.claim}`, 401, `The launch token's "${e.claim}" claim is not for this tool.`);
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey)
    return ltiError("bad_signature", 401, "The launch token's signature does not verify with the LMS's keys.");
  if (e instanceof errors.JOSEAlgNotAllowed)
    return ltiError("alg_not_allowed", 401, "The launch token is not signed with RS256.");
  if (e instanceof errors.JOSEError) return ltiError("bad_token", 401, "The launch token could not be verified.");
  throw e; // a network failure fetching the JWKS etc. is ours to report as a 500
}

export async function verifyLaunch(
  form: { id_token?: string; state?: string },
  now = new Date(),
): Promise<VerifiedLaunch> {
  if (!form.state)
    throw ltiError("missing_state", 400, "The launch carried no state. Open the link in your LMS again.");
  if (!form.id_token) throw ltiError("missing_id_token", 400, "The launch carried no id_token.");
  const saved = await takeState(form.state, now);
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(form.id_token);
  } catch {
    throw ltiError("bad_token", 401, "The launch token is not a JWT.");
  }
  const platform = await db.ltiPlatform.findUnique({ where: { id: saved.platformId } });
  if (!platform || unverified.iss !== platform.issuer)
    throw ltiError("issuer_mismatch", 401, "The launch token comes from another LMS than the login did.");
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(form.id_token, platformJwks(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      clockTolerance: 5,
      maxTokenAge: "10m",
      requiredClaims: ["exp", "iat", "nonce", "sub"],
      currentDate: now,
    }));
  } catch (e) {
    throw joseRefusal(e);
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== platform.clientId)
    throw ltiError("claim_invalid_azp", 401, 'The launch token\'s "azp" claim is not this tool.');
  if (payload.nonce !== saved.nonce)
    throw ltiError("nonce_mismatch", 401, "The launch token was not issued for this login.");
  let launch: Launch;
  try {
    launch = readLaunch(payload);
  } catch (e) {
    if (e instanceof ClaimError) throw ltiError(e.code, 400, e.message);
    throw e;
  }
  const deployment = await db.ltiDeployment.findUnique({
    where: { platformId_deploymentId: { platformId: platform.id, deploymentId: launch.deploymentId } },
  });
  if (!deployment || (saved.deploymentHint && saved.deploymentHint !== launch.deploymentId))
    throw ltiError(
      "unknown_deployment",
      403,
      "This deployment of the tool is not registered. Ask your administrator to add its deployment id.",
    );
  return {
    platformId: platform.id,
    launch,
    nonce: saved.nonce,
    expiresAt: new Date((payload.exp ?? 0) * 1000 + 60_000),
  };
}
