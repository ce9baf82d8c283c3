import { publicJwks } from "@/lib/server/lti/keys";

// The tool's public keys (LTI: the "keyset URL" an LMS admin enters): platforms verify our
// client assertions with them. Both keys are listed during a rotation's overlap.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await publicJwks(), { headers: { "cache-control": "public, max-age=300" } });
}
