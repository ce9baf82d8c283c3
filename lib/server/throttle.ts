import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { makeLimiter } from "@/lib/server/rate-limit-store";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/actor";

const MIN = 60;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * Every throttle of the app, in one place (README › Limits prints these numbers). A "network"
 * is one IPv4 address or one IPv6 /64 (lib/server/client-ip.ts). Windows are fixed: a count
 * starts with the first event and is forgotten when its window ends.
 */
export const LIMITS = {
  /** failed sign-ins to one account from one network; then that pair waits out the window */
  signInAccountNetwork: { points: 10, duration: 15 * MIN },
  /** failed sign-ins from one network, to any accounts */
  signInNetwork: { points: 100, duration: HOUR },
  /**
   * failed sign-ins to one account from anywhere: at most 100 an hour (OWASP ASVS 2.2.1).
   * Networks the owner has not signed in from lately are refused from 60 on, so the last 40
   * stay for the owner's known networks: an attack from many addresses does not lock them out.
   */
  signInAccount: { points: 100, duration: HOUR, unknownNetworkPoints: 60 },
  /** how long a network where the account signed in stays "known" */
  knownNetwork: { duration: 30 * DAY },
  /** sign-up attempts from one network (a class behind one school address signs up together) */
  signUpNetwork: { points: 100, duration: HOUR },
  /** wrong or expired join codes tried by one account, and from one network */
  joinCodeUser: { points: 10, duration: 15 * MIN },
  joinCodeNetwork: { points: 100, duration: HOUR },
  /** grades posted by one user (an offline queue of hundreds drains in a few windows) */
  reviews: { points: 600, duration: 5 * MIN },
  /** finished proof runs recorded by one user */
  experimentRuns: { points: 60, duration: 10 * MIN },
} as const;

const L = {
  pair: makeLimiter("signin-pair", LIMITS.signInAccountNetwork.points, LIMITS.signInAccountNetwork.duration),
  net: makeLimiter("signin-net", LIMITS.signInNetwork.points, LIMITS.signInNetwork.duration),
  account: makeLimiter("signin-account", LIMITS.signInAccount.points, LIMITS.signInAccount.duration),
  known: makeLimiter("signin-known", 1_000_000, LIMITS.knownNetwork.duration),
  signUp: makeLimiter("signup-net", LIMITS.signUpNetwork.points, LIMITS.signUpNetwork.duration),
  joinUser: makeLimiter("join-user", LIMITS.joinCodeUser.points, LIMITS.joinCodeUser.duration),
  joinNet: makeLimiter("join-net", LIMITS.joinCodeNetwork.points, LIMITS.joinCodeNetwork.duration),
  reviews: makeLimiter("reviews", LIMITS.reviews.points, LIMITS.reviews.duration),
  experimentRuns: makeLimiter("experiment-runs", LIMITS.experimentRuns.points, LIMITS.experimentRuns.duration),
};

/** Keys never hold an email or an address in clear: a keyed hash of them. */
const h = (s: string) =>
  createHmac("sha256", process.env.AUTH_SECRET ?? "paramlab")
    .update(s)
    .digest("base64url")
    .slice(0, 22);

export function minutesText(ms: number) {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return n === 1 ? "1 minute" : `${n} minutes`;
}

/** The refusal every throttle gives: 429, and when to come back. */
export function tooMany(ms: number, what = "Too many attempts") {
  return new AppError(`${what} — try again in ${minutesText(ms)}.`, "too_many");
}

const over = (res: RateLimiterRes | null, limit: number) => (res && res.consumedPoints >= limit ? res.msBeforeNext : 0);

/** Adds a point; never refuses (the checks above decide). */
const count = (limiter: (typeof L)[keyof typeof L], key: string) => limiter.penalty(key, 1);

/** Consumes a point, or throws `tooMany` once the limit is reached. */
async function take(limiter: (typeof L)[keyof typeof L], key: string, what?: string) {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw tooMany(e.msBeforeNext, what);
    throw e;
  }
}

// ---------------------------------------------------------------- sign-in

/** How long this email must wait from this network before a password is even checked (0: go ahead). */
export async function signInWait(email: string, ip: string): Promise<number> {
  const [pair, net, account, known] = await Promise.all([
    L.pair.get(`${h(email)}:${h(ip)}`),
    L.net.get(h(ip)),
    L.account.get(h(email)),
    L.known.get(`${h(email)}:${h(ip)}`),
  ]);
  const ceiling = known ? LIMITS.signInAccount.points : LIMITS.signInAccount.unknownNetworkPoints;
  return Math.max(
    over(pair, LIMITS.signInAccountNetwork.points),
    over(net, LIMITS.signInNetwork.points),
    over(account, ceiling),
  );
}

/** A wrong password (or an unknown email: counted the same, so the throttle tells nothing either). */
export async function recordSignInFailure(email: string, ip: string) {
  await Promise.all([count(L.pair, `${h(email)}:${h(ip)}`), count(L.net, h(ip)), count(L.account, h(email))]);
}

/** The right password: this pair starts afresh, and this network is now one the owner uses. */
export async function recordSignInSuccess(email: string, ip: string) {
  await Promise.all([
    L.pair.delete(`${h(email)}:${h(ip)}`),
    L.known.set(`${h(email)}:${h(ip)}`, 1, LIMITS.knownNetwork.duration),
  ]);
}

// ---------------------------------------------------------------- sign-up and join codes

export async function throttleSignUp(ip: string) {
  await take(L.signUp, h(ip), "Too many sign-ups from your network");
}

export async function joinCodeWait(actor: Actor, ip: string): Promise<number> {
  const [user, net] = await Promise.all([L.joinUser.get(actor.id), L.joinNet.get(h(ip))]);
  return Math.max(over(user, LIMITS.joinCodeUser.points), over(net, LIMITS.joinCodeNetwork.points));
}

export async function recordJoinCodeFailure(actor: Actor, ip: string) {
  await Promise.all([count(L.joinUser, actor.id), count(L.joinNet, h(ip))]);
}

// ---------------------------------------------------------------- APIs

/**
 * The one throttle call of the grade and run APIs: a generous rate per user, one write.
 * (Kept in one function so the grade path can be made cheaper in one place.)
 */
export async function limitPerUser(actor: Actor, what: "reviews" | "experimentRuns") {
  await take(L[what], actor.id, "Too many requests");
}
