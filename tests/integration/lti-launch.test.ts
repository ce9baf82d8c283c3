import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { generateKeyPair, SignJWT, decodeJwt, base64url } from "jose";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users";
import { publicJwks, rotateToolKey, signingKey } from "@/lib/server/lti/keys";
import { startLogin } from "@/lib/server/lti/login";
import { completeLaunch } from "@/lib/server/lti/launch";
import { LtiError } from "@/lib/server/lti/errors";
import { launchSessionCookie } from "@/lib/server/lti/session-cookie";
import { ROLE, type FakeLms } from "@/tests/support/fake-lms";
import { LAUNCH, loginAs as login, registeredLms } from "@/tests/integration/lti-fixtures";

// Launches through the real login → platform auth → form_post path, against a fake platform on
// loopback; every refusal must leave users, classes and enrollments as they were.
let lms: FakeLms;

beforeAll(async () => {
  lms = await registeredLms();
});
afterAll(() => lms.close());

const loginAs = (sub: string, extra: Record<string, string> = {}) => login(lms, sub, extra);

/** A fresh state + nonce from a real login, with a token we make ourselves. */
async function stateFor(sub: string) {
  const form = await loginAs(sub);
  return { state: form.state, nonce: decodeJwt(form.id_token).nonce as string };
}

const counts = async () => ({
  users: await db.user.count(),
  classes: await db.class.count(),
  enrollments: await db.enrollment.count(),
  links: await db.ltiUserLink.count(),
});

async function refused(form: { id_token?: string; state?: string }, code: string) {
  const before = await counts();
  const err = await completeLaunch(form).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LtiError);
  expect((err as LtiError).code).toBe(code);
  expect(await counts()).toEqual(before);
}

describe("LTI 1.3 launch", () => {
  it("publishes the tool key, and both keys during a rotation", async () => {
    const first = await publicJwks();
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(first.keys[0]).not.toHaveProperty("d"); // never the private part
    const row = await db.ltiToolKey.findFirstOrThrow();
    expect(row.privateJwk).not.toContain('"d"'); // encrypted at rest
    const kid = await rotateToolKey();
    const both = await publicJwks();
    expect(both.keys.map((k) => k.kid)).toEqual([first.keys[0].kid, kid]);
    expect((await signingKey()).kid).toBe(kid);
  });

  it("refuses a learner before any instructor opened the course, changing nothing", async () => {
    await refused(await loginAs("u-learn-1"), "course_not_set_up");
  });

  it("an instructor launch makes the class, owned by them, and lands on its dashboard", async () => {
    const out = await completeLaunch(await loginAs("u-teach"));
    const user = await db.user.findUniqueOrThrow({ where: { id: out.userId } });
    // An instructor of THIS class only: no app-wide instructor role.
    expect(user).toMatchObject({ name: "Tess Teacher", role: "student", teachesClasses: true, passwordHash: "!lti" });
    const cls = await db.class.findUniqueOrThrow({ where: { id: out.classId } });
    expect(cls).toMatchObject({ instructorId: user.id, name: "Parameter efficiency 101" });
    const row = await db.classTeacher.findUniqueOrThrow({
      where: { classId_userId: { classId: cls.id, userId: user.id } },
    });
    expect(row).toMatchObject({ source: "lti", removedAt: null });
    expect(out.landing).toBe(`/teach/classes/${cls.id}`);
    const ctx = await db.ltiContext.findUniqueOrThrow({ where: { classId: cls.id } });
    expect(ctx).toMatchObject({ contextId: lms.contextId, deploymentId: lms.deploymentId });
    expect(ctx.membershipsUrl).toBe(`${lms.issuer}/memberships`);
  });

  it("a learner launch enrolls a student and lands on /study; a second launch is the same account", async () => {
    const local = await createUser({ name: "Lea Local", email: "lea@school.test", password: "x-lea-pass-12" });
    const token = { email: "lea@school.test" }; // the LMS's email never picks an account
    const { state, nonce } = await stateFor("u-learn-1");
    const out = await completeLaunch({ state, id_token: await lms.idToken("u-learn-1", nonce, token) });
    expect(out.landing).toBe("/study");
    expect(out.userId).not.toBe(local.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: out.userId } })).role).toBe("student");
    expect(await db.enrollment.count({ where: { userId: out.userId, classId: out.classId, removedAt: null } })).toBe(1);
    const again = await completeLaunch(await loginAs("u-learn-1"));
    expect(again.userId).toBe(out.userId);
    expect(await db.ltiUserLink.count({ where: { subject: "u-learn-1" } })).toBe(1);
  });

  it("starts a real Auth.js session for the launched account", async () => {
    const out = await completeLaunch(await loginAs("u-learn-2"));
    const http = await launchSessionCookie(out.userId, false);
    expect(http).toMatch(/^authjs\.session-token=[^;]+; Path=\/; HttpOnly; .*SameSite=Lax$/);
    const https = await launchSessionCookie(out.userId, true);
    expect(https).toMatch(/^__Secure-authjs\.session-token=.*SameSite=None; Secure; Partitioned$/);
    const value = https.split(";")[0].split("=").slice(1).join("=");
    const claims = await decode({
      token: value,
      secret: process.env.AUTH_SECRET!,
      salt: "__Secure-authjs.session-token",
    });
    expect(claims).toMatchObject({ uid: out.userId, sv: 0 });
  });

  it("refuses a replayed id_token: with its used state, and with a fresh state", async () => {
    const form = await loginAs("u-learn-1");
    await completeLaunch(form);
    await refused(form, "invalid_state");
    const fresh = await stateFor("u-learn-1");
    await refused({ state: fresh.state, id_token: form.id_token }, "nonce_mismatch");
  });

  it("refuses a nonce already used (defence in depth behind the single-use state)", async () => {
    const form = await loginAs("u-learn-1");
    const nonce = decodeJwt(form.id_token).nonce as string;
    await db.ltiUsedNonce.create({ data: { nonce, expiresAt: new Date(Date.now() + 60_000) } });
    await refused(form, "nonce_reused");
  });

  it("refuses a wrong audience, an expired token, a foreign issuer", async () => {
    let s = await stateFor("u-learn-1");
    await refused(
      { state: s.state, id_token: await lms.idToken("u-learn-1", s.nonce, { aud: "someone-else" }) },
      "claim_invalid_aud",
    );
    s = await stateFor("u-learn-1");
    const past = Math.floor(Date.now() / 1000) - 3600;
    await refused(
      { state: s.state, id_token: await lms.idToken("u-learn-1", s.nonce, { iat: past, exp: past + 300 }) },
      "token_expired",
    );
    s = await stateFor("u-learn-1");
    await refused(
      { state: s.state, id_token: await lms.idToken("u-learn-1", s.nonce, { iss: "https://evil.test" }) },
      "issuer_mismatch",
    );
  });

  it("refuses an unknown deployment, in the token and at login", async () => {
    const s = await stateFor("u-learn-1");
    const id_token = await lms.idToken("u-learn-1", s.nonce, {
      "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "dep-x",
    });
    await refused({ state: s.state, id_token }, "unknown_deployment");
    const err = await loginAs("u-learn-1", { lti_deployment_id: "dep-x" }).catch((e: unknown) => e);
    expect((err as LtiError).code).toBe("unknown_deployment");
  });

  it("refuses a tampered payload, a token signed by another key under the platform's kid, and alg none", async () => {
    const s = await stateFor("u-learn-1");
    const [h, p, sig] = (await lms.idToken("u-learn-1", s.nonce)).split(".");
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as Record<string, unknown>;
    claims["https://purl.imsglobal.org/spec/lti/claim/roles"] = [ROLE.instructor];
    const tampered = [h, base64url.encode(JSON.stringify(claims)), sig].join(".");
    await refused({ state: s.state, id_token: tampered }, "bad_signature");

    const s2 = await stateFor("u-learn-1");
    const attacker = await generateKeyPair("RS256");
    await refused(
      { state: s2.state, id_token: await lms.idToken("u-learn-1", s2.nonce, {}, attacker.privateKey) },
      "bad_signature",
    );

    const s3 = await stateFor("u-learn-1");
    const none = [base64url.encode(JSON.stringify({ alg: "none" })), p, ""].join(".");
    await refused({ state: s3.state, id_token: none }, "alg_not_allowed");
  });

  it("refuses a missing, forged or expired state", async () => {
    const { id_token } = await loginAs("u-learn-1");
    await refused({ id_token }, "missing_state");
    await refused({ id_token, state: "forged-state" }, "invalid_state");
    const s = await stateFor("u-learn-1");
    await db.ltiLaunchState.update({ where: { state: s.state }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await refused({ state: s.state, id_token: await lms.idToken("u-learn-1", s.nonce) }, "invalid_state");
  });

  it("refuses a launch without a course role, and a login from an unregistered LMS", async () => {
    lms.users.set("u-observer", {
      sub: "u-observer",
      name: "Obs",
      roles: ["http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty"],
    });
    await refused(await loginAs("u-observer"), "no_course_role");
    const states = await db.ltiLaunchState.count();
    const err = await startLogin(
      { iss: "https://unknown.test", login_hint: "x", target_link_uri: LAUNCH },
      LAUNCH,
    ).catch((e: unknown) => e);
    expect((err as LtiError).code).toBe("unknown_platform");
    expect(await db.ltiLaunchState.count()).toBe(states);
  });

  it("refuses a token signed under a key id the platform does not publish", async () => {
    const s = await stateFor("u-learn-1");
    const { privateKey } = await generateKeyPair("RS256");
    const jwt = await new SignJWT({ nonce: s.nonce })
      .setProtectedHeader({ alg: "RS256", kid: "other" })
      .setIssuer(lms.issuer)
      .sign(privateKey);
    await refused({ state: s.state, id_token: jwt }, "bad_signature");
  });
});
