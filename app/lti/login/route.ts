import { ltiParams, ltiRefusal, publicOrigin } from "@/lib/server/lti/http";
import { startLogin } from "@/lib/server/lti/login";

// OIDC third-party initiated login (platforms use GET or POST): lib/server/lti/login.ts.
async function login(req: Request) {
  try {
    const to = await startLogin(await ltiParams(req), `${publicOrigin(req)}/lti/launch`);
    return new Response(null, { status: 302, headers: { location: to, "cache-control": "no-store" } });
  } catch (e) {
    return ltiRefusal(e);
  }
}

export const GET = login;
export const POST = login;
