/**
 * A queue of writes kept on the device until the server has them, so a reload, a closed tab
 * or a day without signal loses nothing. Used for review grades (lib/srs/grade-outbox.ts) and
 * quiz answers (lib/quiz/answer-outbox.ts). Pure: the store (IndexedDB in the browser,
 * lib/offline/idb-outbox-store.ts), sending, the cross-tab lock and timers are injected, so
 * tests drive it in Node.
 *
 * - Every step asks the store again (a second tab, the service worker or the page after a
 *   reload share one queue); each store step is atomic, so "claim the head" and "cancel if
 *   never sent" cannot interleave badly between tabs.
 * - One sending loop at a time, in order (across tabs too when a lock is given); an item leaves
 *   the store only once the server has answered it, and only if it was not replaced meanwhile.
 * - No answer (offline, a dropped connection) or a busy server: keep it, retry with back-off.
 * - A store that refuses a write (a full quota, private mode) is swapped for memory holding the
 *   same queue, and the status says the grades now live only as long as the page.
 */

/** What the server said about one item. A `send` that throws means no answer at all. */
export type SendOutcome =
  /** the server has it: forget it */
  | { kind: "sent"; body?: unknown }
  /** busy or failing server: keep it, try again after a back-off */
  | { kind: "retry" }
  /** it will never succeed (a retired card, a bad value): drop it and say why */
  | { kind: "refused"; message: string }
  /** the server holds a newer truth (a 409: another device got there first): drop it, adopt the server's state, say so calmly */
  | { kind: "superseded"; message: string; body?: unknown }
  /** the session ended: keep everything until resume() */
  | { kind: "signed-out" }
  /** the whole queue is moot (the quiz closed): drop everything and stop */
  | { kind: "closed"; message: string };

import { memoryStore, type OutboxItem, type OutboxStore } from "@/lib/outbox-store";

export type { OutboxItem, OutboxStore } from "@/lib/outbox-store";

export type OutboxState = "saved" | "saving" | "offline" | "signed-out";
export type OutboxStatus = {
  state: OutboxState;
  pending: number;
  /** an item the server refused (shown until dismissed) */
  error: string | null;
  /** the server kept a newer state instead of an item (shown until dismissed) */
  notice: string | null;
  /** false once the store refused a write: the queue lives in this page's memory only */
  durable: boolean;
};

/** Runs `fn` while holding the queue's lock (navigator.locks in the browser), so one sender at a time. */
export type OutboxLock = <R>(fn: () => Promise<R>) => Promise<R>;

export type OutboxOptions<T extends OutboxItem> = {
  /** The store, or the promise of one (IndexedDB opens asynchronously); a failed open falls back to memory. */
  store: OutboxStore<T> | Promise<OutboxStore<T>>;
  send: (item: T) => Promise<SendOutcome>;
  lock?: OutboxLock;
  maxBackoffMs?: number;
  onStatus?: (s: OutboxStatus) => void;
  onSent?: (item: T, body: unknown) => void;
  onSuperseded?: (item: T, body: unknown) => void;
  onClosed?: (message: string) => void;
  /** The loop emptied the queue after sending at least one item. */
  onDrained?: () => void;
};

const FIRST_BACKOFF_MS = 1000;

export function createOutbox<T extends OutboxItem>(opts: OutboxOptions<T>) {
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  let store: Promise<OutboxStore<T>> = Promise.resolve(opts.store).catch((e: unknown) =>
    // A store that failed to open may still hand over what it read (the localStorage queue).
    fallBack(e && typeof e === "object" && "items" in e && Array.isArray(e.items) ? (e.items as T[]) : []),
  );
  let durable = true;
  let lastSeen: T[] = [];
  /** Pushed but not yet in the store (its write is asynchronous): counted at once, so the status never says "saved" over an item still on its way in. */
  let unwritten = 0;
  let chain: Promise<unknown> = Promise.resolve();
  let running: Promise<boolean> | null = null;
  /** The pass asked for while a loop was running (see flush). */
  let again: Promise<boolean> | null = null;
  let offline = false;
  let signedOut = false;
  let stopped = false;
  let error: string | null = null;
  let notice: string | null = null;
  let backoff = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function fallBack(items: T[]) {
    durable = false;
    return memoryStore(items);
  }

  /** One store step at a time, in the order they were asked for; a failing store is replaced by memory. */
  function step<R>(fn: (s: OutboxStore<T>) => Promise<R>): Promise<R> {
    const run = chain.then(async () => {
      const s = await store;
      try {
        const out = await fn(s);
        lastSeen = await s.list();
        return out;
      } catch {
        const items = await s.list().catch(() => lastSeen);
        const mem = fallBack(items);
        store = Promise.resolve(mem);
        const out = await fn(mem);
        lastSeen = await mem.list();
        return out;
      }
    });
    chain = run.catch(() => undefined);
    return run;
  }

  const status = (): OutboxStatus => {
    const pending = lastSeen.length + unwritten;
    const state: OutboxState = signedOut ? "signed-out" : offline && pending ? "offline" : pending ? "saving" : "saved";
    return { state, pending, error, notice, durable };
  };
  const emit = () => opts.onStatus?.(status());
  /** Reads the store again (another tab may have changed it), then reports. */
  const refresh = () => step(async (s) => s.list()).then(emit);
  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const flushAfter = (ms: number) => {
    clearTimer();
    timer = setTimeout(() => void flush(), ms);
  };
  const retryLater = () => {
    backoff = Math.min(maxBackoff, backoff ? backoff * 2 : FIRST_BACKOFF_MS);
    flushAfter(backoff);
  };

  async function loop(): Promise<boolean> {
    let sentAny = false;
    for (;;) {
      if (stopped) return false;
      // Marked tried before it leaves: from now on the server may have it (a lost response).
      const item = await step((s) => s.claimHead());
      if (!item) break;
      emit();
      let outcome: SendOutcome;
      try {
        outcome = await opts.send(item);
      } catch {
        offline = true;
        emit();
        retryLater();
        return false;
      }
      offline = false;
      if (stopped) return false; // eslint-disable-line @typescript-eslint/no-unnecessary-condition -- clear() may have run while send() was awaited; TypeScript keeps the narrowing from above
      if (outcome.kind === "retry") {
        emit();
        retryLater();
        return false;
      }
      backoff = 0;
      if (outcome.kind === "signed-out") {
        signedOut = true;
        emit();
        return false;
      }
      if (outcome.kind === "closed") {
        await clear();
        opts.onClosed?.(outcome.message);
        return false;
      }
      await step((s) => s.removeSent(item));
      sentAny = true;
      if (outcome.kind === "sent") opts.onSent?.(item, outcome.body);
      else if (outcome.kind === "superseded") {
        notice = outcome.message;
        opts.onSuperseded?.(item, outcome.body);
      } else error = outcome.message;
    }
    emit();
    if (sentAny) opts.onDrained?.();
    return true;
  }

  /**
   * Runs the one sending loop; true when nothing is left waiting. Asked while a loop runs, it
   * runs one more pass after it: that loop may already have found the queue empty and only be
   * waiting for its lock to let go, so an item pushed meanwhile would otherwise wait for the next
   * trigger (a lost wake-up). No extra pass after a loop that stopped on a failure: its back-off
   * retry (or resume()) sends what is left.
   */
  function flush(): Promise<boolean> {
    if (stopped || signedOut) return Promise.resolve(false);
    clearTimer();
    if (!running) {
      running = (opts.lock ? opts.lock(loop) : loop()).finally(() => (running = null));
      return running;
    }
    again ??= running.then(
      (drained) => {
        again = null;
        return drained ? flush() : false;
      },
      () => {
        again = null;
        return false;
      },
    );
    return again;
  }

  async function clear() {
    stopped = true;
    clearTimer();
    await step((s) => s.clear());
    emit();
  }

  return {
    status,
    /** What waits, in order. */
    pending: (): Promise<T[]> => step((s) => s.list()),
    /** Queues an item; one with the same id that is still waiting is replaced where it stands. */
    async push(item: T): Promise<void> {
      if (stopped) return;
      unwritten++;
      emit();
      try {
        await step((s) => s.put(item));
      } finally {
        unwritten--;
      }
      emit();
    },
    /** Drops an item that was never sent; false when it may already be on the server (or is gone). */
    async cancel(id: string): Promise<boolean> {
      const dropped = await step((s) => s.cancelUnsent(id));
      emit();
      return dropped;
    },
    refresh,
    flush,
    /** Sends after `ms` (a debounce while typing), replacing any retry already scheduled. */
    flushAfter,
    /** For a submit: waits for the send in flight, then sends what is left at once. */
    async flushNow(): Promise<boolean> {
      await running;
      return flush();
    },
    /** After "online", a sign-in, or the page coming back into view. */
    resume() {
      signedOut = false;
      backoff = 0;
      void flush();
    },
    dismissError() {
      error = null;
      notice = null;
      emit();
    },
    /** Forgets everything and stops for good (the quiz was submitted). */
    clear,
    /** Cancels the scheduled retry (the page is going away). */
    stop: clearTimer,
  };
}

export type Outbox<T extends OutboxItem> = ReturnType<typeof createOutbox<T>>;
