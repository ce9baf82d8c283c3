import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as login } from "@/app/lti/login/route";
import { POST as launch } from "@/app/lti/launch/route";
import { GET as jwks } from "@/app/.well-known/jwks.json/route";
import { db } from "@/lib/db";
import { registeredLms } from "@/tests/integration/lti-fixtures";
import type { FakeLms } from "@/tests/support/fake-lms";

// The route handlers as the browser meets them: the login's redirect, the refusal pages, the JWKS.
let lms: FakeLms;
beforeAll(async () => {
  lms = await registeredLms();
});
afterAll(() => lms.close());

describe("LTI routes", () => {
  it("login redirects to the platform with our own launch URL, never the target_link_uri", async () => {
    const q = new URLSearchParams({
      iss: lms.issuer,
      login_hint: "u-learn-1",
      target_link_uri: "https://evil.test/steal",
      client_id: lms.clientId,
      lti_message_hint: "m-1",
    });
    const res = await login(
      new Request(`http://tool.test/lti/login?${q}`, { headers: { "x-forwarded-proto": "https", host: "tool.test" } }),
    );
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get("location")!);
    expect(to.origin + to.pathname).toBe(`${lms.issuer}/auth`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      scope: "openid",
      response_type: "id_token",
      response_mode: "form_post",
      prompt: "none",
      client_id: lms.clientId,
      redirect_uri: "https://tool.test/lti/launch",
      login_hint: "u-learn-1",
      lti_message_hint: "m-1",
    });
    const state = await db.ltiLaunchState.findUniqueOrThrow({ where: { state: to.searchParams.get("state")! } });
    expect(state.nonce).toBe(to.searchParams.get("nonce"));
  });

  it("answers a refused login or launch with an error page and its code", async () => {
    const res = await login(
      new Request("http://tool.test/lti/login?iss=https://nobody.test&login_hint=x&target_link_uri=y"),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get("x-lti-error")).toBe("unknown_platform");
    expect(await res.text()).toContain("This LMS is not registered with ParamLab");

    const form = new URLSearchParams({ id_token: "a.b.c" });
    const refused = await launch(
      new Request("http://tool.test/lti/launch", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form.toString(),
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-lti-error")).toBe("missing_state");
    expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
    expect(refused.headers.get("set-cookie")).toBeNull();
  });

  it("publishes the JWKS", async () => {
    const body = (await (await jwks()).json()) as { keys: { kid: string; n: string; d?: string }[] };
    expect(body.keys.length).toBeGreaterThan(0);
    expect(body.keys[0].d).toBeUndefined();
  });
});
