import { z } from "zod";
import { defineRoute } from "@/lib/server/route";
import { getStudySnapshot } from "@/lib/server/study-snapshot";

/**
 * GET /api/study/snapshot — what this device needs to review offline for the next days (the
 * learner's cards, states and scheduler settings). Never cached by the browser or a proxy: it is
 * the learner's own data, and the device keeps it in IndexedDB itself.
 */
export const GET = defineRoute({ input: z.object({}), access: "user" }, async (_input, actor) =>
  Response.json(await getStudySnapshot(actor), { headers: { "cache-control": "private, no-store" } }),
);
