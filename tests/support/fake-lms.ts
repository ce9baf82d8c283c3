// A fake LTI 1.3 platform for tests (node:http + jose, loopback, a random port): OIDC auth that
// form-posts a signed id_token, an OAuth2 token endpoint that verifies the tool's client
// assertion, AGS line items and scores, NRPS memberships paged by two.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK } from "jose";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const ROLE = {
  instructor: "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  learner: "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
};
export type FakeUser = { sub: string; name: string; roles: string[]; status?: "Active" | "Inactive" };
export type Score = { lineItem: string; contentType: string; body: Record<string, unknown> };

export type FakeLmsOptions = {
  clientId?: string;
  deploymentId?: string;
  contextId?: string;
  /** the tool's keys: a JWKS URL (e2e) or a function returning the JWKS (integration tests) */
  toolJwks: string | (() => Promise<{ keys: JWK[] }>);
  /**
   * The host name in the platform's URLs (default 127.0.0.1; it always listens on loopback).
   * "localhost" makes it another site than a tool on 127.0.0.1, for a third-party iframe.
   */
  host?: string;
  /** a fixed port (default: any free one), e.g. one LTI_FRAME_ANCESTORS names */
  port?: number;
};

const read = (req: IncomingMessage) =>
  new Promise<string>((ok) => {
    let s = "";
    req.on("data", (c: Buffer) => (s += c.toString("utf8")));
    req.on("end", () => ok(s));
  });
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startFakeLms(opts: FakeLmsOptions) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "fake-lms-1";
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const clientId = opts.clientId ?? "tool-client-1";
  const deploymentId = opts.deploymentId ?? "dep-1";
  const contextId = opts.contextId ?? "course-101";
  const users = new Map<string, FakeUser>();
  const lineItems: { id: string; label: string; scoreMaximum: number; resourceLinkId?: string }[] = [];
  const scores: Score[] = [];
  const tokenRequests: string[] = [];
  const membershipPages: number[] = [];
  const usedJti = new Set<string>();
  const state = { failScores: 0, redirectUri: "", resourceLink: "rl-1" };
  // Activities (resource links) of the course; one with a column has a line item the LMS made for it.
  const activities = new Map<string, { title: string; lineItem: string | null }>([
    ["rl-1", { title: "ParamLab", lineItem: null }],
  ]);
  let base = "";

  const toolKeys =
    typeof opts.toolJwks === "string"
      ? createRemoteJWKSet(new URL(opts.toolJwks))
      : async (...a: Parameters<ReturnType<typeof createLocalJWKSet>>) =>
          createLocalJWKSet(await (opts.toolJwks as () => Promise<{ keys: JWK[] }>)())(...a);

  /** A signed id_token for `sub` (claims may be overridden, e.g. to test refusals). */
  async function idToken(sub: string, nonce: string, over: Record<string, unknown> = {}, key = privateKey) {
    const u = users.get(sub);
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: base,
      sub,
      aud: clientId,
      iat: now,
      exp: now + 300,
      nonce,
      name: u?.name ?? sub,
      [LTI + "message_type"]: "LtiResourceLinkRequest",
      [LTI + "version"]: "1.3.0",
      [LTI + "deployment_id"]: deploymentId,
      [LTI + "target_link_uri"]: state.redirectUri,
      [LTI + "resource_link"]: { id: state.resourceLink, title: activities.get(state.resourceLink)?.title },
      [LTI + "roles"]: u?.roles ?? [],
      [LTI + "context"]: { id: contextId, label: "ML101", title: "Parameter efficiency 101" },
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
        scope: [
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        ],
        lineitems: `${base}/lineitems`,
        ...(activities.get(state.resourceLink)?.lineItem
          ? { lineitem: activities.get(state.resourceLink)?.lineItem }
          : {}),
      },
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
        context_memberships_url: `${base}/memberships`,
        service_versions: ["2.0"],
      },
      ...over,
    };
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid }).sign(key);
  }

  const send = (res: ServerResponse, status: number, body: unknown, type = "application/json") => {
    res.writeHead(status, { "content-type": type });
    res.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  async function bearer(req: IncomingMessage) {
    return /^Bearer fake-token-/.test(req.headers.authorization ?? "");
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    const path = url.pathname;
    if (path === "/jwks") {
      send(res, 200, { keys: [jwk] });
      return;
    }
    if (path === "/auth") {
      const p = url.searchParams;
      const ok =
        p.get("scope") === "openid" &&
        p.get("response_type") === "id_token" &&
        p.get("response_mode") === "form_post" &&
        p.get("prompt") === "none" &&
        p.get("client_id") === clientId &&
        p.get("redirect_uri") === state.redirectUri &&
        users.has(p.get("login_hint") ?? "");
      if (!ok) {
        send(res, 400, "bad auth request", "text/plain");
        return;
      }
      const token = await idToken(p.get("login_hint")!, p.get("nonce") ?? "");
      const html = `<!doctype html><html><body><form id="f" method="post" action="${esc(state.redirectUri)}">
<input type="hidden" name="id_token" value="${esc(token)}"><input type="hidden" name="state" value="${esc(p.get("state") ?? "")}">
<button type="submit">Continue</button></form><script>document.getElementById("f").submit()</script></body></html>`;
      send(res, 200, html, "text/html");
      return;
    }
    if (path === "/course") {
      // The course page of the LMS: a link that starts a launch of the tool as this user, or
      // (frame=1) the tool in an iframe on the page, as Moodle and Canvas embed a tool.
      const login = new URL(url.searchParams.get("tool") ?? "");
      login.searchParams.set("iss", base);
      login.searchParams.set("login_hint", url.searchParams.get("as") ?? "");
      login.searchParams.set("target_link_uri", state.redirectUri);
      login.searchParams.set("client_id", clientId);
      login.searchParams.set("lti_deployment_id", deploymentId);
      const tool =
        url.searchParams.get("frame") === "1"
          ? `<iframe title="ParamLab" src="${esc(login.toString())}" width="1000" height="700"></iframe>`
          : `<a href="${esc(login.toString())}">Open ParamLab</a>`;
      send(res, 200, `<!doctype html><html><body><h1>LMS course</h1>${tool}</body></html>`, "text/html");
      return;
    }
    if (path === "/token" && req.method === "POST") {
      const form = new URLSearchParams(await read(req));
      try {
        const { payload } = await jwtVerify(form.get("client_assertion") ?? "", toolKeys, {
          issuer: clientId,
          subject: clientId,
          audience: `${base}/token`,
          algorithms: ["RS256"],
        });
        if (!payload.jti || usedJti.has(payload.jti)) throw new Error("jti");
        usedJti.add(payload.jti);
      } catch {
        send(res, 401, { error: "invalid_client" });
        return;
      }
      if (form.get("grant_type") !== "client_credentials") {
        send(res, 400, { error: "unsupported_grant_type" });
        return;
      }
      tokenRequests.push(form.get("scope") ?? "");
      send(res, 200, {
        access_token: `fake-token-${tokenRequests.length}`,
        token_type: "Bearer",
        expires_in: 3600,
        scope: form.get("scope"),
      });
      return;
    }
    if (!(await bearer(req))) {
      send(res, 401, { error: "no token" });
      return;
    }
    if (path === "/lineitems" && req.method === "POST") {
      if (req.headers["content-type"] !== "application/vnd.ims.lis.v2.lineitem+json") {
        send(res, 415, "", "text/plain");
        return;
      }
      const body = JSON.parse(await read(req)) as { label: string; scoreMaximum: number; resourceLinkId?: string };
      const item = { id: `${base}/lineitems/${lineItems.length + 1}/lineitem?type_id=7`, ...body };
      lineItems.push(item);
      send(res, 201, item, "application/vnd.ims.lis.v2.lineitem+json");
      return;
    }
    if (path === "/lineitems" && req.method === "GET") {
      send(res, 200, lineItems, "application/vnd.ims.lis.v2.lineitemcontainer+json");
      return;
    }
    const scoreMatch = /^\/lineitems\/(\d+)\/lineitem\/scores$/.exec(path);
    if (scoreMatch && req.method === "POST") {
      if (state.failScores > 0) {
        state.failScores--;
        send(res, 503, "busy", "text/plain");
        return;
      }
      const contentType = req.headers["content-type"] ?? "";
      if (contentType !== "application/vnd.ims.lis.v1.score+json") {
        send(res, 415, "", "text/plain");
        return;
      }
      scores.push({
        lineItem: `${base}/lineitems/${scoreMatch[1]}/lineitem`,
        contentType,
        body: JSON.parse(await read(req)) as Record<string, unknown>,
      });
      send(res, 200, {});
      return;
    }
    if (path === "/memberships") {
      if (req.headers.accept !== "application/vnd.ims.lti-nrps.v2.membershipcontainer+json") {
        send(res, 406, "", "text/plain");
        return;
      }
      const all = [...users.values()];
      const page = Number(url.searchParams.get("page") ?? "1");
      membershipPages.push(page);
      const slice = all.slice((page - 1) * 2, page * 2);
      const headers: Record<string, string> = {
        "content-type": "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
      };
      if (page * 2 < all.length) headers.link = `<${base}/memberships?page=${page + 1}>; rel="next"`;
      res.writeHead(200, headers);
      return res.end(
        JSON.stringify({
          id: `${base}/memberships`,
          context: { id: contextId, title: "Parameter efficiency 101" },
          members: slice.map((u) => ({ user_id: u.sub, name: u.name, roles: u.roles, status: u.status ?? "Active" })),
        }),
      );
    }
    send(res, 404, "not found", "text/plain");
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, 500, String(e), "text/plain");
    });
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, "127.0.0.1", ok));
  base = `http://${opts.host ?? "127.0.0.1"}:${(server.address() as AddressInfo).port}`;

  return {
    get issuer() {
      return base;
    },
    clientId,
    deploymentId,
    contextId,
    users,
    lineItems,
    scores,
    tokenRequests,
    membershipPages,
    privateKey,
    kid,
    idToken,
    /** where the tool's /lti/launch is (the only redirect_uri /auth accepts) */
    setRedirectUri: (u: string) => (state.redirectUri = u),
    /**
     * The next launches come from this activity (default "rl-1", "ParamLab", no column). With
     * `column`, the LMS holds a gradebook column (line item) for it, made once, as Moodle does for
     * every external-tool activity; launches then carry its URL in the AGS `lineitem` claim.
     */
    useActivity(id: string, title: string, column = false) {
      const a = activities.get(id) ?? { title, lineItem: null };
      a.title = title;
      if (column && !a.lineItem) {
        const item = {
          id: `${base}/lineitems/${lineItems.length + 1}/lineitem?type_id=7`,
          label: title,
          scoreMaximum: 100,
        };
        lineItems.push({ ...item, resourceLinkId: id });
        a.lineItem = item.id;
      }
      activities.set(id, a);
      state.resourceLink = id;
      return a.lineItem;
    },
    /** the next n score posts answer 503 */
    failNextScores: (n: number) => (state.failScores = n),
    registration: () => ({
      name: "Fake LMS",
      issuer: base,
      clientId,
      deploymentIds: [deploymentId],
      authUrl: `${base}/auth`,
      tokenUrl: `${base}/token`,
      jwksUrl: `${base}/jwks`,
    }),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
export type FakeLms = Awaited<ReturnType<typeof startFakeLms>>;
