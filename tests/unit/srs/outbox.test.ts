import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGradeOutbox as createOutbox, outboxKey, type GradeOp, type SyncStatus } from "@/lib/srs/grade-outbox";
import { MemoryStorage } from "../support/memory-storage";

// The review page's outbox (lib/outbox.ts through lib/srs/grade-outbox.ts), driven with an
// in-memory Storage and a scripted network.

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

const op = (id: string): GradeOp => ({
  kind: "grade",
  id,
  cardId: "c1",
  rating: 3,
  mode: "review",
  reviewedAt: "2026-11-28T10:00:00.000Z",
  durationMs: 1200,
  after: null,
});

describe("grade outbox", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends grades in order, once each, and forgets them when the server has them", async () => {
    const storage = new MemoryStorage();
    const net = network();
    const receipts: string[] = [];
    const box = createOutbox("k", { storage, fetch: net.fetch, onReceipt: (o) => receipts.push(o.id) });
    box.push(op("a"));
    box.push(op("b"));
    await box.flush();
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "b"]);
    expect(net.calls[0].body).not.toHaveProperty("after"); // the local state is not sent
    expect(receipts).toEqual(["a", "b"]);
    expect(box.status()).toEqual({ state: "saved", pending: 0, error: null });
  });

  it("keeps a grade through a network failure and a reload, then sends it with the same id", async () => {
    const storage = new MemoryStorage();
    const statuses: SyncStatus[] = [];
    const first = createOutbox("k", { storage, fetch: network(["network"]).fetch, onStatus: (s) => statuses.push(s) });
    first.push(op("a"));
    await first.flush();
    expect(statuses.at(-1)).toMatchObject({ state: "offline", pending: 1 });
    first.stop();
    // The page reloads: a new outbox on the same storage still has the grade.
    const net = network(["network", 200]);
    const second = createOutbox("k", { storage, fetch: net.fetch });
    expect(second.pending().map((o) => o.id)).toEqual(["a"]);
    await second.flush();
    await vi.advanceTimersByTimeAsync(1000); // the retry after back-off
    expect(net.calls.map((c) => c.body.id)).toEqual(["a", "a"]);
    expect(second.status().pending).toBe(0);
  });

  it("drops a grade the server refuses for good and says why, but waits out a signed-out session", async () => {
    const storage = new MemoryStorage();
    const refused = createOutbox("k", { storage, fetch: network([404]).fetch });
    refused.push(op("gone"));
    await refused.flush();
    expect(refused.status()).toMatchObject({ pending: 0, error: "refused (404)" });

    const net = network([401, 200]);
    const box = createOutbox("k2", { storage, fetch: net.fetch });
    box.push(op("a"));
    await box.flush();
    expect(box.status()).toMatchObject({ state: "signed-out", pending: 1 });
    box.resume();
    await vi.runAllTimersAsync();
    expect(box.status()).toMatchObject({ state: "saved", pending: 0 });
    expect(net.calls).toHaveLength(2);
  });

  it("undo drops a grade that never left, and queues an undo behind one that did", async () => {
    const storage = new MemoryStorage();
    const net = network();
    const box = createOutbox("k", { storage, fetch: net.fetch });
    box.push(op("a"));
    expect(box.cancelGrade("a", "u1")).toBe("dropped");
    await box.flush();
    expect(net.calls).toHaveLength(0);

    box.push(op("b"));
    await box.flush();
    expect(box.cancelGrade("b", "u2")).toBe("queued");
    await box.flush();
    expect(net.calls.map((c) => [c.url, c.body.id])).toEqual([
      ["/api/reviews", "b"],
      ["/api/reviews/undo", "b"],
    ]);
  });

  it("undo after a send whose answer was lost queues an undo: the server may have the grade", async () => {
    const storage = new MemoryStorage();
    const net = network(["network"]); // the request went out; the response never came back
    const box = createOutbox("k", { storage, fetch: net.fetch });
    box.push(op("a"));
    await box.flush();
    expect(box.cancelGrade("a", "u1")).toBe("queued");
    await vi.runAllTimersAsync();
    expect(net.calls.map((c) => c.url)).toEqual(["/api/reviews", "/api/reviews", "/api/reviews/undo"]);
  });

  it("runs one sending loop at a time, and never forgets a grade whose answer is still being read", async () => {
    const storage = new MemoryStorage();
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
    const box = createOutbox("k", { storage, fetch });
    box.push(op("a"));
    box.push(op("b"));
    const first = box.flush();
    await vi.advanceTimersByTimeAsync(0);
    const second = box.flush(); // woken again (a new grade, "online") while the first loop waits
    expect(box.cancelGrade("a", "u1")).toBe("queued");
    release();
    await Promise.all([first, second]);
    expect(calls).toEqual(["/api/reviews a", "/api/reviews b", "/api/reviews/undo a"]);
  });

  it("still works when storage refuses writes (private mode), for the life of the page", async () => {
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceeded");
      },
      removeItem: () => {},
    };
    const net = network();
    const box = createOutbox("k", { storage: broken, fetch: net.fetch });
    box.push(op("a"));
    expect(box.pending()).toHaveLength(1);
    await box.flush();
    expect(net.calls).toHaveLength(1);
  });

  it("sends grades an earlier version left queued on the device, in the format it wrote", async () => {
    // Exactly what the previous outbox (components/review/outbox.ts) stored: one grade tried once, one never sent.
    const storage = new MemoryStorage();
    const earlier =
      '[{"kind":"grade","id":"g1","cardId":"c1","rating":3,"mode":"review","reviewedAt":"2026-11-28T10:00:00.000Z","durationMs":1200,"after":null,"tried":true},' +
      '{"kind":"grade","id":"g2","cardId":"c2","rating":1,"mode":"practice","reviewedAt":"2026-11-28T10:01:00.000Z","durationMs":900}]';
    storage.setItem(outboxKey("user-1"), earlier);
    const net = network();
    const box = createOutbox(outboxKey("user-1"), { storage, fetch: net.fetch });
    expect(box.status()).toMatchObject({ state: "saving", pending: 2 });
    expect(box.cancelGrade("g1", "u1")).toBe("queued"); // tried: the server may have it
    await box.flush();
    expect(net.calls.map((c) => [c.url, c.body.id])).toEqual([
      ["/api/reviews", "g1"],
      ["/api/reviews", "g2"],
      ["/api/reviews/undo", "g1"],
    ]);
    expect(net.calls[1].body).toEqual({
      id: "g2",
      cardId: "c2",
      rating: 1,
      mode: "practice",
      reviewedAt: "2026-11-28T10:01:00.000Z",
      durationMs: 900,
    });
    expect(storage.getItem(outboxKey("user-1"))).toBeNull(); // nothing left behind
  });

  it("retries a busy server with growing back-off, up to 30 s", async () => {
    const storage = new MemoryStorage();
    const net = network([503, 503, 503, 503, 503, 503, 503, 200]);
    const box = createOutbox("k", { storage, fetch: net.fetch });
    box.push(op("a"));
    await box.flush();
    const gaps: number[] = [];
    for (let sent = 1; sent < 8; sent++) {
      const before = Date.now();
      while (net.calls.length === sent) await vi.advanceTimersByTimeAsync(500);
      gaps.push(Date.now() - before);
    }
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(box.status()).toMatchObject({ state: "saved", pending: 0 });
  });
});
