/**
 * A queue of writes kept on the device until the server has them, so a reload, a closed tab
 * or an offline moment loses nothing. Used for review grades (lib/srs/grade-outbox.ts) and
 * quiz answers (lib/quiz/answer-outbox.ts). Pure: storage, sending and timers' effects are
 * injected, so tests drive it in Node.
 *
 * - Items wait in storage under one key, read again before every step (a second tab, or the
 *   page after a reload, sees the same queue). Storage that is missing or refuses a write
 *   (private mode, full quota) leaves the queue in memory for the life of the page.
 * - One sending loop at a time, in order; an item leaves storage only once the server has
 *   answered it, and only if it was not replaced meanwhile (a newer value is sent next).
 * - No answer (offline, a dropped connection) or a busy server: keep it, retry with back-off.
 */
export type OutboxItem = { id: string; /** sent at least once, so the server may have it */ tried?: boolean };

/** What the server said about one item. A `send` that throws means no answer at all. */
export type SendOutcome =
  /** the server has it: forget it */
  | { kind: "sent"; body?: unknown }
  /** busy or failing server: keep it, try again after a back-off */
  | { kind: "retry" }
  /** it will never succeed (a retired card, a bad value): drop it and say why */
  | { kind: "refused"; message: string }
  /** the session ended: keep everything until resume() */
  | { kind: "signed-out" }
  /** the whole queue is moot (the quiz closed): drop everything and stop */
  | { kind: "closed"; message: string };

export type OutboxState = "saved" | "saving" | "offline" | "signed-out";
export type OutboxStatus = { state: OutboxState; pending: number; error: string | null };

export type OutboxStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type OutboxOptions<T extends OutboxItem> = {
  key: string;
  storage: OutboxStorage | null;
  send: (item: T) => Promise<SendOutcome>;
  /** Turns what storage holds into items (default: the array as stored); lets an older format be read. */
  revive?: (stored: unknown) => T[];
  maxBackoffMs?: number;
  onStatus?: (s: OutboxStatus) => void;
  onSent?: (item: T, body: unknown) => void;
  onClosed?: (message: string) => void;
};

const FIRST_BACKOFF_MS = 1000;
/** The same item, not a newer value under the same id (`tried` aside). */
const sameItem = (a: OutboxItem, b: OutboxItem) =>
  a.id === b.id && JSON.stringify({ ...a, tried: undefined }) === JSON.stringify({ ...b, tried: undefined });

export function createOutbox<T extends OutboxItem>(opts: OutboxOptions<T>) {
  const revive = opts.revive ?? ((v: unknown) => (Array.isArray(v) ? (v as T[]) : []));
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  let memory: T[] = [];
  let useMemory = !opts.storage;
  let running: Promise<boolean> | null = null;
  let offline = false;
  let signedOut = false;
  let stopped = false;
  let error: string | null = null;
  let backoff = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const read = (): T[] => {
    if (useMemory) return memory;
    try {
      const raw = opts.storage!.getItem(opts.key);
      return raw ? revive(JSON.parse(raw)) : [];
    } catch {
      return memory;
    }
  };
  const write = (items: T[]) => {
    memory = items;
    if (useMemory) return;
    try {
      if (items.length) opts.storage!.setItem(opts.key, JSON.stringify(items));
      else opts.storage!.removeItem(opts.key);
    } catch {
      useMemory = true;
    }
  };
  const status = (): OutboxStatus => {
    const pending = read().length;
    const state: OutboxState = signedOut ? "signed-out" : offline && pending ? "offline" : pending ? "saving" : "saved";
    return { state, pending, error };
  };
  const emit = () => opts.onStatus?.(status());
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
    for (let next = read().at(0); next; next = read().at(0)) {
      const item = next;
      if (stopped) return false;
      // From the first try on, the server may have it (a lost response): callers can tell.
      if (!item.tried) write(read().map((o) => (sameItem(o, item) ? { ...o, tried: true } : o)));
      const sent = { ...item, tried: true };
      emit();
      let outcome: SendOutcome;
      try {
        outcome = await opts.send(sent);
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
        clear();
        opts.onClosed?.(outcome.message);
        return false;
      }
      write(read().filter((o) => !sameItem(o, sent)));
      if (outcome.kind === "sent") opts.onSent?.(sent, outcome.body);
      else error = outcome.message;
    }
    emit();
    return true;
  }

  /** Runs the one sending loop (or joins the one running); true when nothing is left waiting. */
  function flush(): Promise<boolean> {
    if (stopped || signedOut) return Promise.resolve(false);
    clearTimer();
    running ??= loop().finally(() => (running = null));
    return running;
  }

  function clear() {
    stopped = true;
    clearTimer();
    write([]);
  }

  return {
    status,
    pending: (): T[] => read(),
    /** Queues an item; one with the same id that is still waiting is replaced where it stands. */
    push(item: T) {
      if (stopped) return;
      const items = read();
      const at = items.findIndex((o) => o.id === item.id);
      write(at < 0 ? [...items, item] : items.map((o, i) => (i === at ? item : o)));
      emit();
    },
    /** Drops an item that was never sent; false when it may already be on the server (or is gone). */
    cancel(id: string): boolean {
      const items = read();
      if (!items.some((o) => o.id === id && !o.tried)) return false;
      write(items.filter((o) => o.id !== id));
      emit();
      return true;
    },
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
      emit();
    },
    /** Forgets everything and stops for good (the quiz was submitted). */
    clear,
    /** Cancels the scheduled retry (the page is going away). */
    stop: clearTimer,
  };
}
