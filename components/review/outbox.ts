import type { CardSnapshot } from "@/lib/srs/snapshot";

/**
 * Grades wait here (in localStorage, per user) until the server has them, so a reload, a
 * closed tab or an offline moment loses nothing. Operations are sent one at a time, in
 * order; each grade carries its own id, so sending one twice (two tabs, a lost response)
 * still stores it once. No React here: the review page and the tests drive it.
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

export type SyncState = "saved" | "saving" | "offline" | "signed-out";
export type SyncStatus = { state: SyncState; pending: number; error: string | null };

type Store = Pick<Storage, "getItem" | "setItem">;
export type OutboxDeps = {
  storage: Store | null;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  onStatus?: (s: SyncStatus) => void;
  onReceipt?: (op: Op, body: unknown) => void;
};

const MAX_BACKOFF_MS = 30_000;

export function outboxKey(userId: string) {
  return `paramlab:outbox:${userId}`;
}

export function createOutbox(key: string, deps: OutboxDeps) {
  let memory: Op[] = [];
  let useMemory = !deps.storage; // no storage, or it refused a write (private mode, quota): this page keeps them
  let running = false;
  let offline = false;
  let signedOut = false;
  let error: string | null = null;
  let backoff = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const read = (): Op[] => {
    if (useMemory) return memory;
    try {
      const raw = deps.storage!.getItem(key);
      return raw ? (JSON.parse(raw) as Op[]) : [];
    } catch {
      return memory;
    }
  };
  const write = (ops: Op[]) => {
    memory = ops;
    if (useMemory) return;
    try {
      deps.storage!.setItem(key, JSON.stringify(ops));
    } catch {
      useMemory = true;
    }
  };
  const status = (): SyncStatus => {
    const pending = read().length;
    const state: SyncState = signedOut ? "signed-out" : offline && pending ? "offline" : pending ? "saving" : "saved";
    return { state, pending, error };
  };
  const emit = () => deps.onStatus?.(status());

  async function send(op: Op): Promise<Response> {
    const [url, body] =
      op.kind === "grade"
        ? ["/api/reviews", { id: op.id, cardId: op.cardId, rating: op.rating, mode: op.mode, reviewedAt: op.reviewedAt, durationMs: op.durationMs }]
        : ["/api/reviews/undo", { id: op.gradeId }];
    // keepalive lets a grade finish even if the learner closes the tab right after it.
    return deps.fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), keepalive: true, credentials: "same-origin" });
  }

  function retryLater() {
    backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 1000);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), backoff);
  }

  /** One loop at a time, in order; an op leaves storage only once the server has answered it. */
  async function flush(): Promise<void> {
    if (running || signedOut) return;
    running = true;
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      for (let op = read()[0]; op; op = read()[0]) {
        // From the first attempt on, the server may have it (a lost response), so undo must
        // send an undo rather than just forget the grade.
        if (!op.tried) write(read().map((o) => (o.id === op!.id ? { ...o, tried: true } : o)));
        emit();
        let res: Response;
        try {
          res = await send(op);
        } catch {
          offline = true;
          emit();
          return retryLater();
        }
        offline = false;
        if (res.status === 401) {
          signedOut = true; // keep the grades; they go once the learner signs in again
          return emit();
        }
        if (res.status >= 500 || res.status === 408 || res.status === 429) {
          emit();
          return retryLater();
        }
        backoff = 0;
        const body = await res.json().catch(() => null);
        write(read().filter((o) => o.id !== op!.id));
        // A refused grade (card retired, undo after a later grade) will never succeed: drop it and say why.
        if (res.ok) deps.onReceipt?.(op, body);
        else error = (body as { error?: string } | null)?.error ?? "A grade could not be saved.";
      }
      emit();
    } finally {
      running = false;
    }
  }

  return {
    status,
    pending: (): Op[] => read(),
    push(op: Op) {
      write([...read().filter((o) => o.id !== op.id), op]);
      emit();
    },
    /** Undo a grade: drop it if it was never sent, else queue an undo behind it. */
    cancelGrade(gradeId: string, undoId: string): "dropped" | "queued" {
      const ops = read();
      if (ops.some((o) => o.id === gradeId && !o.tried)) {
        write(ops.filter((o) => o.id !== gradeId));
        emit();
        return "dropped";
      }
      this.push({ kind: "undo", id: undoId, gradeId });
      return "queued";
    },
    flush,
    /** After "online", a sign-in, or the page coming back into view. */
    resume() {
      signedOut = false;
      backoff = 0;
      void flush();
    },
    dismissError() {
      error = null;
      emit();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
