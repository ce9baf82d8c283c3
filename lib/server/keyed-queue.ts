import "server-only";

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` after every earlier call with the same key in this process has settled: grades of
 * one card by one learner (two tabs, an outbox flushing) then take turns here instead of all
 * reading the same card-state version and all but one losing the version check and starting
 * over. Other processes are still kept in order by that version check (lib/server/study.ts).
 */
export async function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}
