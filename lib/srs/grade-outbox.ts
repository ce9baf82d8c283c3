import type { CardSnapshot } from "@/lib/srs/snapshot";
import { createOutbox, type OutboxStatus, type OutboxStorage, type SendOutcome } from "@/lib/outbox";

/**
 * The review page's grades, on their way to the server through the device's outbox
 * (lib/outbox.ts). Each grade carries its own id, so sending one twice (two tabs, a lost
 * response) still stores it once. The stored format, an array of these ops under
 * `paramlab:outbox:<userId>`, is what earlier versions wrote: grades queued before an update
 * are still sent after it.
 */
export type GradeOp = {
  kind: "grade";
  id: string;
  cardId: string;
  rating: number;
  mode: "review" | "practice";
  reviewedAt: string;
  durationMs: number;
  /** Kept locally (not sent): the state the page computed, to rebuild the queue after a reload. */
  after?: CardSnapshot | null;
};
export type UndoOp = { kind: "undo"; id: string; gradeId: string };
/** `tried`: sent at least once, so the server may already have it. */
export type Op = (GradeOp | UndoOp) & { tried?: boolean };

export type SyncStatus = OutboxStatus;

export type GradeOutboxDeps = {
  storage: OutboxStorage | null;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  onStatus?: (s: SyncStatus) => void;
  onReceipt?: (op: Op, body: unknown) => void;
};

export function outboxKey(userId: string) {
  return `paramlab:outbox:${userId}`;
}

/** One op over HTTP, and what the answer means for the queue. */
async function sendOp(fetch: GradeOutboxDeps["fetch"], op: Op): Promise<SendOutcome> {
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
  // A refused grade (card retired, undo after a later grade) will never succeed: drop it and say why.
  return { kind: "refused", message: (answer as { error?: string } | null)?.error ?? "A grade could not be saved." };
}

export function createGradeOutbox(key: string, deps: GradeOutboxDeps) {
  const outbox = createOutbox<Op>({
    key,
    storage: deps.storage,
    send: (op) => sendOp(deps.fetch, op),
    onStatus: deps.onStatus,
    onSent: deps.onReceipt,
  });
  return {
    ...outbox,
    /** Undo a grade: drop it if it was never sent, else queue an undo behind it. */
    cancelGrade(gradeId: string, undoId: string): "dropped" | "queued" {
      if (outbox.cancel(gradeId)) return "dropped";
      outbox.push({ kind: "undo", id: undoId, gradeId });
      return "queued";
    },
  };
}
