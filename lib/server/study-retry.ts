import "server-only";
import { isUniqueViolation, isWriteConflict } from "@/lib/server/prisma-errors";

/** Thrown inside a transaction when the CardState version moved under us (another grade won). */
export class StaleState extends Error {
  constructor() {
    super("card state changed during the grade");
    this.name = "StaleState";
  }
}

const MAX_ATTEMPTS = 8;

/**
 * Optimistic concurrency: a write that lost a race (stale version, a unique key taken by a
 * concurrent create, SQLite busy, a PostgreSQL serialization failure) is simply run again on
 * fresh data. `recover` may answer instead of retrying (e.g. the same grade id just landed).
 */
export async function withRetry<T>(work: () => Promise<T>, recover?: () => Promise<T | null>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (!isRetryable(e) || attempt >= MAX_ATTEMPTS) throw e;
      const answer = recover ? await recover() : null;
      if (answer !== null) return answer;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
}

function isRetryable(e: unknown): boolean {
  if (e instanceof StaleState) return true;
  if (isUniqueViolation(e) || isWriteConflict(e)) return true;
  return e instanceof Error && /SQLITE_BUSY|database is locked|could not serialize|deadlock/i.test(e.message);
}
