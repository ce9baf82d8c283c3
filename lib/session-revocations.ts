/**
 * Which session tokens still count. Sessions are Auth.js JWTs (no server-side session rows),
 * so revoking one means remembering, on the user's own row (read once per request anyway by
 * currentActor), what no longer counts:
 *
 * - `sessionVersion`: every token carries the version it was issued under; bumping it (sign
 *   out everywhere, a password change, a role change) ends every token issued before.
 * - `revokedSessions`: the ids of single tokens signed out on their device, each kept until
 *   that token would have expired anyway; beyond MAX_REVOKED the caller bumps the version instead.
 * - `at`: when the token's user signed in. Auth.js re-issues a JWT with a later expiry whenever
 *   it is read, so a token's own expiry says nothing; a session lasts SESSION_MAX_AGE_S from
 *   sign-in, which also bounds how long a revoked id must be remembered.
 *
 * Pure: no Auth.js, no Prisma.
 */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
export const MAX_REVOKED = 50;

/** What a session token says about itself (lib/auth.config.ts writes these claims at sign-in). */
export type SessionClaims = { sv?: unknown; sid?: unknown; at?: unknown };
export type SessionState = { sessionVersion: number; revokedSessions: string };

type Revoked = Record<string, number>;

function parse(text: string): Revoked {
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number"));
  } catch {
    return {};
  }
}

/** Is a token with these claims still good for this user? A token without them (older than this check) is not. */
export function sessionIsLive(claims: SessionClaims, user: SessionState, now = Date.now()): boolean {
  const { sv, sid, at } = claims;
  if (typeof sv !== "number" || typeof sid !== "string" || typeof at !== "number") return false;
  if (sv !== user.sessionVersion) return false;
  if (now - at > SESSION_MAX_AGE_S * 1000 || at > now + 60_000) return false;
  return !(sid in parse(user.revokedSessions));
}

/**
 * The revoked list with one more token, forgetting the ones that have expired anyway.
 * `full`: too many to keep; sign out everywhere instead.
 */
export function withRevoked(
  text: string,
  sid: string,
  signedInAt: number,
  now = Date.now(),
): { text: string; full: boolean } {
  const kept = Object.entries(parse(text)).filter(([, until]) => until > now);
  kept.push([sid, signedInAt + SESSION_MAX_AGE_S * 1000]);
  return { text: JSON.stringify(Object.fromEntries(kept)), full: kept.length > MAX_REVOKED };
}
