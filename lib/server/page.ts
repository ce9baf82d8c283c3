import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

/**
 * For pages, beside requireActor (lib/server/session.ts): turns the data layer's "not found"
 * into Next's 404 page — the same page for a missing record and for one the caller may not
 * see (another instructor's class, another student's attempt). Other errors go to the
 * error boundary.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
}
