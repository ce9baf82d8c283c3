import { after } from "next/server";
import { isHttps, ltiParams, ltiRefusal } from "@/lib/server/lti/http";
import { completeLaunch } from "@/lib/server/lti/launch";
import { launchSessionCookie } from "@/lib/server/lti/session-cookie";
import { syncRosterIfStale } from "@/lib/server/lti/roster";

// The platform form-posts the id_token here (lib/server/lti/verify.ts, launch.ts); a launch
// that passes starts a session and lands on the class (instructor) or the study page (student).
export async function POST(req: Request) {
  try {
    const out = await completeLaunch(await ltiParams(req));
    // The roster follows the launch, after the answer is sent (at most every ten minutes).
    after(() => syncRosterIfStale(out.contextRowId));
    const cookie = await launchSessionCookie(out.userId, isHttps(req));
    return new Response(null, {
      status: 303,
      headers: { location: out.landing, "set-cookie": cookie, "cache-control": "no-store" },
    });
  } catch (e) {
    return ltiRefusal(e);
  }
}
