import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createGradeOutbox,
  gradeQueue,
  outboxKey,
  reviveOps,
  type GradeOp,
  type Op,
  type SyncStatus,
} from "@/lib/srs/grade-outbox";
import { memoryStore, type OutboxStore } from "@/lib/outbox-store";
import { idbOutboxStore, migrateLegacyQueue } from "@/lib/offline/idb-outbox-store";
import { MemoryStorage } from "../support/memory-storage";
import { freshDeviceDb, TIMERS } from "../support/fake-idb";

// The review page's outbox (lib/outbox.ts through lib/srs/grade-outbox.ts) on a real
// IndexedDB implementation (fake-indexeddb) with a scripted network.

type Reply = number | "network";
function network(replies: Reply[] = []) {
  const calls: { url: string; body: Record<string, unknown> }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, body: JSON.parse(init.body as string) as Record<string, unknown> }); // the outbox sends JSON text
    const r = replies.shift() ?? 200;
    if (r === "network") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(r === 200 ? { ok: true } : { error: `refused (${r})` }), { status: r });
  };
  return { calls, fetch };
}

const op = (id: string, cardId = "c1"): GradeOp => ({
  kind: "grade",
  id,
  cardId,
  rating: 3,
  mode: "review",
  reviewedAt: "2026-11-28T10:00:00.000Z",
  durationMs: 1200,
  after: null,
});
const idbStore = async (queue = "grades:u1"): Promise<OutboxStore<Op>> =>
  idbOutboxStore<Op>(await freshDeviceDb(), queue);
const ids = async (box: { pending(): Promise<Op[]> }) => (await box.pending()).map((o) => o.id);

describe("grade outbox", () => {
  beforeEach(() => vi.useFakeTimers(TIMERS));
  afterEach(() => vi.useRealTimers());

  it("sends grades in order, once each, and forgets them when the server has them", async () => {
    const net = network();
    const receipts: string[] = [];
    const box = createGradeOutbox({ store: idbStore(), fetch: net.fetch, onReceipt: (o) => receipts.push(o.id) });
    await box.push(op("a"));
    await box.push(op("b"));
    await box.push(op("c"));
    await box.flush();
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "b", "c"]);
    expect(net.calls[0].body).not.toHaveProperty("after"); // the local state is not sent
    expect(receipts).toEqual(["a", "b", "c"]);
    expect(box.status()).toEqual({ state: "saved", pending: 0, error: null, notice: null, durable: true });
  });

  it("counts a grade as waiting the moment it is pushed, before IndexedDB has written it", async () => {
    const seen: SyncStatus[] = [];
    const box = createGradeOutbox({ store: idbStore(), fetch: network().fetch, onStatus: (s) => seen.push(s) });
    await box.refresh();
    const pushed = box.push(op("a"));
    // Synchronously: the page never shows "saved" while the grade is still on its way into storage.
    expect(box.status()).toMatchObject({ state: "saving", pending: 1 });
    expect(seen.at(-1)).toMatchObject({ state: "saving", pending: 1 });
    await pushed;
    expect(box.status()).toMatchObject({ state: "saving", pending: 1 });
    await box.flush();
    expect(box.status()).toMatchObject({ state: "saved", pending: 0 });
  });

  it("keeps a grade through a network failure and a closed page, then sends it with the same id", async () => {
    const db = await freshDeviceDb();
    const statuses: SyncStatus[] = [];
    const first = createGradeOutbox({
      store: idbOutboxStore<Op>(db, "q"),
      fetch: network(["network"]).fetch,
      onStatus: (s) => statuses.push(s),
    });
    await first.push(op("a"));
    await first.push(op("b"));
    await first.flush();
    expect(statuses.at(-1)).toMatchObject({ state: "offline", pending: 2 });
    first.stop();
    // The page is closed and opened again: a new outbox on the same database still has both, in order.
    const net = network(["network", 200]);
    const second = createGradeOutbox({ store: idbOutboxStore<Op>(db, "q"), fetch: net.fetch });
    expect(await ids(second)).toEqual(["a", "b"]);
    expect((await second.pending())[0].tried).toBe(true); // the server may have it
    await second.flush();
    await vi.advanceTimersByTimeAsync(1000); // the retry after back-off
    await second.flushNow();
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "a", "b"]);
    expect(second.status().pending).toBe(0);
  });

  it("drops a grade the server refuses for good and says why, but waits out a signed-out session", async () => {
    const refused = createGradeOutbox({ store: idbStore(), fetch: network([404]).fetch });
    await refused.push(op("gone"));
    await refused.flush();
    expect(refused.status()).toMatchObject({ pending: 0, error: "refused (404)" });

    const net = network([401, 200]);
    const box = createGradeOutbox({ store: idbStore(), fetch: net.fetch });
    await box.push(op("a"));
    await box.flush();
    expect(box.status()).toMatchObject({ state: "signed-out", pending: 1 });
    box.resume();
    await vi.runAllTimersAsync();
    await box.flushNow();
    expect(box.status()).toMatchObject({ state: "saved", pending: 0 });
    expect(net.calls).toHaveLength(2);
  });

  it("a 409 (the card was graded again on another device) drops the op, keeps the rest going and reports the server's answer", async () => {
    const net = network([200, 409, 200]);
    const superseded: [string, unknown][] = [];
    let drained = 0;
    const box = createGradeOutbox({
      store: idbStore(),
      fetch: net.fetch,
      onSuperseded: (o, body) => superseded.push([o.id, body]),
      onDrained: () => drained++,
    });
    await box.push(op("a"));
    await box.cancelGrade("a", { id: "undo-a", cardId: "c1", restore: null }); // never sent: simply dropped
    await box.push(op("b"));
    await box.flush();
    expect(await box.cancelGrade("b", { id: "undo-b", cardId: "c1", restore: null })).toBe("queued");
    await box.push(op("c", "c2"));
    await box.flush();
    expect(net.calls.map((c) => [c.url, c.body.id])).toEqual([
      ["/api/reviews", "b"],
      ["/api/reviews/undo", "b"],
      ["/api/reviews", "c"],
    ]);
    expect(superseded).toEqual([["undo-b", { error: "refused (409)" }]]);
    // Not an error alert: a notice, and nothing is retried.
    expect(box.status()).toMatchObject({ state: "saved", pending: 0, error: null, notice: "refused (409)" });
    expect(drained).toBe(2);
    await vi.runAllTimersAsync();
    expect(net.calls).toHaveLength(3);
  });

  it("undo after a send whose answer was lost queues an undo: the server may have the grade", async () => {
    const net = network(["network"]); // the request went out; the response never came back
    const box = createGradeOutbox({ store: idbStore(), fetch: net.fetch });
    await box.push(op("a"));
    await box.flush();
    expect(await box.cancelGrade("a", { id: "u1" })).toBe("queued");
    await vi.runAllTimersAsync();
    await box.flushNow();
    expect(net.calls.map((c) => c.url)).toEqual(["/api/reviews", "/api/reviews", "/api/reviews/undo"]);
  });

  it("runs one sending loop at a time, and never forgets a grade whose answer is still being read", async () => {
    const calls: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // The server has answered "a", but its body is still arriving when the learner hits undo.
    const fetch = async (url: string, init: RequestInit) => {
      const { id } = JSON.parse(init.body as string) as { id: string };
      calls.push(`${url} ${id}`);
      return {
        ok: true,
        status: 200,
        json: async () => (id === "a" && url === "/api/reviews" ? gate.then(() => ({})) : {}),
      } as unknown as Response;
    };
    const box = createGradeOutbox({ store: idbStore(), fetch });
    await box.push(op("a"));
    await box.push(op("b"));
    const first = box.flush();
    await vi.advanceTimersByTimeAsync(0);
    const second = box.flush(); // woken again (a new grade, "online") while the first loop waits
    const undo = box.cancelGrade("a", { id: "u1" });
    release();
    expect(await undo).toBe("queued");
    await Promise.all([first, second]);
    await box.flush();
    expect(calls).toEqual(["/api/reviews a", "/api/reviews b", "/api/reviews/undo a"]);
  });

  it("two tabs sharing the queue under one lock send each grade once, in order", async () => {
    const db = await freshDeviceDb();
    const net = network();
    let held: Promise<unknown> = Promise.resolve();
    const lock = <R>(fn: () => Promise<R>) => {
      const run = held.then(fn);
      held = run.catch(() => undefined);
      return run;
    };
    const tabA = createGradeOutbox({ store: idbOutboxStore<Op>(db, "q"), fetch: net.fetch, lock });
    const tabB = createGradeOutbox({ store: idbOutboxStore<Op>(db, "q"), fetch: net.fetch, lock });
    await tabA.push(op("a"));
    await tabB.push(op("b"));
    await tabA.push(op("c"));
    await Promise.all([tabA.flush(), tabB.flush()]);
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "b", "c"]);
  });

  it("a grade queued while the sending loop is on its way out is still sent (no lost wake-up)", async () => {
    // The loop finds the queue empty and returns, but its lock (navigator.locks) lets go only a
    // moment later: a grade pushed and flushed in that moment joined the finished loop and waited
    // for the next trigger (seen in CI: the last grade of a practice round stayed "Syncing…").
    const net = network();
    let release = () => {};
    let loopsDone = 0;
    const lock = async <R>(fn: () => Promise<R>) => {
      const out = await fn();
      loopsDone++;
      await new Promise<void>((r) => (release = r)); // the lock is released later
      return out;
    };
    const box = createGradeOutbox({ store: idbStore(), fetch: net.fetch, lock });
    await box.push(op("a"));
    const first = box.flush();
    await vi.waitFor(() => expect(loopsDone).toBe(1)); // "a" sent; the loop saw an empty queue
    await box.push(op("b"));
    const second = box.flush(); // asked while the first loop still holds the lock
    release();
    await first;
    await vi.waitFor(() => expect(loopsDone).toBe(2));
    release();
    expect(await second).toBe(true);
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "b"]);
    expect(await ids(box)).toEqual([]);
  });

  it("keeps working in memory when storage is full, and says the grades now live only in this page", async () => {
    const full = await idbStore();
    let quota = false;
    const store: OutboxStore<Op> = {
      ...full,
      put: async (item) => {
        if (quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return full.put(item);
      },
    };
    const net = network(["network"]);
    const box = createGradeOutbox({ store, fetch: net.fetch });
    await box.push(op("a"));
    quota = true;
    await box.push(op("b")); // refused by the store: kept in memory with "a", in order
    expect(await ids(box)).toEqual(["a", "b"]);
    expect(box.status()).toMatchObject({ pending: 2, durable: false });
    await box.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "a", "b"]);
    expect(box.status()).toMatchObject({ state: "saved", pending: 0, durable: false });
  });

  it("falls back to memory when IndexedDB cannot open at all (private mode)", async () => {
    const net = network();
    const box = createGradeOutbox({ store: Promise.reject(new Error("no IndexedDB")), fetch: net.fetch });
    await box.push(op("a"));
    expect(box.status()).toMatchObject({ pending: 1, durable: false });
    await box.flush();
    expect(net.calls).toHaveLength(1);
  });

  it("moves grades an earlier version left in localStorage into IndexedDB, in order, exactly once", async () => {
    // Exactly what the previous outbox (lib/outbox.ts on localStorage) stored: one grade tried once, one never sent.
    const storage = new MemoryStorage();
    const earlier =
      '[{"kind":"grade","id":"g1","cardId":"c1","rating":3,"mode":"review","reviewedAt":"2026-11-28T10:00:00.000Z","durationMs":1200,"after":null,"tried":true},' +
      '{"kind":"grade","id":"g2","cardId":"c2","rating":1,"mode":"practice","reviewedAt":"2026-11-28T10:01:00.000Z","durationMs":900},' +
      '{"kind":"undo","id":"u0","gradeId":"g0"}, {"junk":true}]';
    storage.setItem(outboxKey("user-1"), earlier);
    const db = await freshDeviceDb();
    const store = idbOutboxStore<Op>(db, gradeQueue("user-1"));
    await store.put(op("g3")); // a grade this version queued before the move
    const legacy = { storage, key: outboxKey("user-1"), revive: reviveOps };
    expect(await migrateLegacyQueue(store, legacy)).toBe(3);
    expect(storage.getItem(outboxKey("user-1"))).toBeNull(); // nothing left behind
    // A crash after the move but before the key was removed runs it again: nothing doubles.
    storage.setItem(outboxKey("user-1"), earlier);
    await migrateLegacyQueue(store, legacy);
    expect((await store.list()).map((o) => o.id)).toEqual(["g3", "g1", "g2", "u0"]);

    const net = network();
    const box = createGradeOutbox({ store, fetch: net.fetch });
    expect(await box.cancelGrade("g1", { id: "u1" })).toBe("queued"); // tried: the server may have it
    await box.flush();
    expect(net.calls.map((c) => [c.url, c.body.id])).toEqual([
      ["/api/reviews", "g3"],
      ["/api/reviews", "g1"],
      ["/api/reviews", "g2"],
      ["/api/reviews/undo", "g0"],
      ["/api/reviews/undo", "g1"],
    ]);
    expect(net.calls[2].body).toEqual({
      id: "g2",
      cardId: "c2",
      rating: 1,
      mode: "practice",
      reviewedAt: "2026-11-28T10:01:00.000Z",
      durationMs: 900,
    });
  });

  it("retries a busy server with growing back-off, up to 30 s", async () => {
    const net = network([503, 503, 503, 503, 503, 503, 503, 200]);
    const box = createGradeOutbox({ store: memoryStore<Op>(), fetch: net.fetch });
    await box.push(op("a"));
    await box.flush();
    const gaps: number[] = [];
    for (let sent = 1; sent < 8; sent++) {
      const before = Date.now();
      while (net.calls.length === sent) await vi.advanceTimersByTimeAsync(500);
      gaps.push(Date.now() - before);
    }
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    await vi.advanceTimersByTimeAsync(0);
    expect(box.status()).toMatchObject({ state: "saved", pending: 0 });
  });
});
