import type { CardSnapshot } from "@/lib/srs/snapshot";
import { createOutbox, type OutboxLock, type OutboxStatus, type OutboxStore, type SendOutcome } from "@/lib/outbox";

/**
 * The review page's grades, on their way to the server through the device's outbox
 * (lib/outbox.ts, kept in IndexedDB). Each grade carries its own id, so sending one twice (two
 * tabs, a lost response, the service worker's background sync) still stores it once.
 * Earlier versions kept the same ops as an array in localStorage under `paramlab:outbox:<userId>`;
 * that queue is moved into IndexedDB when the outbox opens (lib/offline/open-outbox.ts).
 */
export type GradeOp = {
  kind: "grade";
  id: string;
  cardId: string;
  rating: number;
  mode: "review" | "practice";
  reviewedAt: string;
  durationMs: number;
  /** Kept locally (not sent): the state the page computed, to rebuild the queue after a reload or offline. */
  after?: CardSnapshot | null;
};
/** `cardId`/`restore` are kept locally (not sent): the state the undo put back, for the offline queue. */
export type UndoOp = { kind: "undo"; id: string; gradeId: string; cardId?: string; restore?: CardSnapshot | null };
/** `tried`: sent at least once, so the server may already have it. */
export type Op = (GradeOp | UndoOp) & { tried?: boolean };

export type SyncStatus = OutboxStatus;

export type GradeOutboxDeps = {
  store: OutboxStore<Op> | Promise<OutboxStore<Op>>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  lock?: OutboxLock;
  onStatus?: (s: SyncStatus) => void;
  onReceipt?: (op: Op, body: unknown) => void;
  /** A 409: the server kept a newer state for the card (graded again elsewhere); the op is dropped. */
  onSuperseded?: (op: Op, body: unknown) => void;
  onDrained?: () => void;
};

/** The localStorage key earlier versions used. */
export function outboxKey(userId: string) {
  return `paramlab:outbox:${userId}`;
}

/** The queue's name in IndexedDB, and its lock's. */
export function gradeQueue(userId: string) {
  return `grades:${userId}`;
}

/** What localStorage held: grade and undo ops; anything else is skipped. */
export function reviveOps(stored: unknown): Op[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).filter(
    (o): o is Op =>
      !!o &&
      typeof o === "object" &&
      "id" in o &&
      typeof o.id === "string" &&
      "kind" in o &&
      (o.kind === "grade" || o.kind === "undo"),
  );
}

/** One op over HTTP, and what the answer means for the queue. */
export async function sendOp(fetch: GradeOutboxDeps["fetch"], op: Op): Promise<SendOutcome> {
  const [url, body] =
    op.kind === "grade"
      ? [
          "/api/reviews",
          {
            id: op.id,
            cardId: op.cardId,
            rating: op.rating,
            mode: op.mode,
            reviewedAt: op.reviewedAt,
            durationMs: op.durationMs,
          },
        ]
      : ["/api/reviews/undo", { id: op.gradeId }];
  // keepalive lets a grade finish even if the learner closes the tab right after it.
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    keepalive: true,
    credentials: "same-origin",
  });
  if (res.status === 401) return { kind: "signed-out" }; // keep the grades; they go once the learner signs in again
  if (res.status >= 500 || res.status === 408 || res.status === 429) return { kind: "retry" };
  const answer = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { kind: "sent", body: answer };
  const message = (answer as { error?: string } | null)?.error;
  // The server has a newer state for this card (an undo after a grade from another device):
  // the grade log stays, the device adopts the server's state, and the learner is told, not alarmed.
  if (res.status === 409)
    return {
      kind: "superseded",
      message: message ?? "This card changed on another device; it shows the latest state.",
      body: answer,
    };
  // A refused grade (card retired, a bad value) will never succeed: drop it and say why.
  return { kind: "refused", message: message ?? "A grade could not be saved." };
}

export function createGradeOutbox(deps: GradeOutboxDeps) {
  const outbox = createOutbox<Op>({
    store: deps.store,
    send: (op) => sendOp(deps.fetch, op),
    lock: deps.lock,
    onStatus: deps.onStatus,
    onSent: deps.onReceipt,
    onSuperseded: deps.onSuperseded,
    onDrained: deps.onDrained,
  });
  return {
    ...outbox,
    /** Undo a grade: drop it if it was never sent, else queue an undo behind it. */
    async cancelGrade(gradeId: string, undo: Omit<UndoOp, "kind" | "gradeId">): Promise<"dropped" | "queued"> {
      if (await outbox.cancel(gradeId)) return "dropped";
      await outbox.push({ kind: "undo", gradeId, ...undo });
      return "queued";
    },
  };
}

export type GradeOutbox = ReturnType<typeof createGradeOutbox>;
