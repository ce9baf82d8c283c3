import { createOutbox, type OutboxLock, type OutboxStatus, type OutboxStore } from "@/lib/outbox";
import { responseSchema, type QuizResponse } from "@/lib/quiz/question-types";

/**
 * A quiz attempt's answers, saved as the student goes through the device's outbox
 * (lib/outbox.ts, kept in IndexedDB): the latest value per question waits on the device until
 * the server has it, so a reload or an offline stretch loses nothing. One item per question (its id is the
 * quiz item id), so a newer answer replaces an older one that has not left yet.
 */
export type PendingAnswer = { id: string; response: QuizResponse; tried?: boolean };
export type SaveOutcome =
  { kind: "saved" } | { kind: "closed"; message: string } | { kind: "refused"; message: string };

/** The localStorage key earlier versions used (moved into IndexedDB on open). */
export function answerOutboxKey(attemptId: string) {
  return `paramlab:attempt:${attemptId}:pending`;
}

/** The queue's name in IndexedDB, and its lock's. */
export function answerQueue(attemptId: string) {
  return `attempt:${attemptId}`;
}

/**
 * What storage holds: today's array, or the map earlier versions wrote under the same key
 * (`{ [itemId]: { response, rev } }`), so answers queued before an update are still sent.
 * Anything that is not a valid response is skipped.
 */
export function reviveAnswers(stored: unknown): PendingAnswer[] {
  const entries: [string, unknown][] = Array.isArray(stored)
    ? (stored as unknown[]).map((v) => [
        typeof v === "object" && v !== null && "id" in v && typeof v.id === "string" ? v.id : "",
        v,
      ])
    : stored && typeof stored === "object"
      ? Object.entries(stored as Record<string, unknown>)
      : [];
  const out: PendingAnswer[] = [];
  for (const [id, v] of entries) {
    const parsed = responseSchema.safeParse((v as { response?: unknown } | null)?.response);
    if (!id || !parsed.success) continue;
    out.push({ id, response: parsed.data, ...((v as { tried?: unknown }).tried === true ? { tried: true } : {}) });
  }
  return out;
}

export type AnswerOutboxDeps = {
  store: OutboxStore<PendingAnswer> | Promise<OutboxStore<PendingAnswer>>;
  lock?: OutboxLock;
  /** Saves one answer; throws when there is no answer from the server (kept and retried). */
  save: (itemId: string, response: QuizResponse) => Promise<SaveOutcome>;
  onStatus?: (s: OutboxStatus) => void;
  /** The attempt closed (time up, submitted elsewhere): nothing more can be saved. */
  onClosed?: (message: string) => void;
};

export function createAnswerOutbox(deps: AnswerOutboxDeps) {
  return createOutbox<PendingAnswer>({
    store: deps.store,
    lock: deps.lock,
    maxBackoffMs: 15_000,
    // A refused value is dropped (and said why) so one bad answer never blocks the rest.
    send: async (a) => {
      const outcome = await deps.save(a.id, a.response);
      return outcome.kind === "saved" ? { kind: "sent" } : outcome;
    },
    onStatus: deps.onStatus,
    onClosed: deps.onClosed,
  });
}
