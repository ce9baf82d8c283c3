/**
 * Next.js calls this once per server process at start-up. In the Node.js runtime it starts
 * the FSRS job runner (background fits; FSRS_RUNNER=off turns it off, e.g. when a separate
 * `npm run fsrs:fit` process does the work).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.FSRS_RUNNER === "off") return;
  const { startFsrsRunner } = await import("@/lib/server/fsrs-runner");
  startFsrsRunner();
}
