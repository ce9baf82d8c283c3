import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

/**
 * Turns the data layer's "not found" into Next's 404 page — the same page for a missing
 * class and for another instructor's class. Other errors go to the error boundary.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (e) {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  }
}
