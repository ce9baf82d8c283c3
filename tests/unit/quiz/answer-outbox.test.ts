import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  answerOutboxKey,
  answerQueue,
  createAnswerOutbox,
  reviveAnswers,
  type PendingAnswer,
  type SaveOutcome,
} from "@/lib/quiz/answer-outbox";
import type { QuizResponse } from "@/lib/quiz/question-types";
import type { OutboxStatus } from "@/lib/outbox";
import { memoryStore } from "@/lib/outbox-store";
import { idbOutboxStore, migrateLegacyQueue } from "@/lib/offline/idb-outbox-store";
import { MemoryStorage } from "../support/memory-storage";
import { freshDeviceDb, TIMERS } from "../support/fake-idb";

// The quiz runner's answer outbox (lib/outbox.ts through lib/quiz/answer-outbox.ts), on a real
// IndexedDB implementation (fake-indexeddb) or in memory, with a scripted server. A "network"
// reply throws, as a failed fetch does.
const idbStore = async (db?: Awaited<ReturnType<typeof freshDeviceDb>>) =>
  idbOutboxStore<PendingAnswer>(db ?? (await freshDeviceDb()), answerQueue("att"));
type Reply = SaveOutcome | "network";
function server(replies: Reply[] = []) {
  const saved: [string, QuizResponse][] = [];
  let hold: Promise<void> | null = null;
  const save = async (itemId: string, response: QuizResponse): Promise<SaveOutcome> => {
    saved.push([itemId, response]);
    if (hold) await hold;
    const r = replies.shift() ?? { kind: "saved" };
    if (r === "network") throw new TypeError("Failed to fetch");
    return r;
  };
  return {
    saved,
    save,
    holdNext: (p: Promise<void>) => {
      hold = p;
    },
    release: () => (hold = null),
  };
}

describe("quiz answer outbox", () => {
  beforeEach(() => vi.useFakeTimers(TIMERS));
  afterEach(() => vi.useRealTimers());

  it("sends the latest value per question, once the server has the one in flight", async () => {
    const store = await idbStore();
    const srv = server();
    let release!: () => void;
    srv.holdNext(new Promise<void>((r) => (release = r)));
    const box = createAnswerOutbox({ store, save: srv.save });
    await box.push({ id: "q1", response: "10" });
    const first = box.flush();
    while (!srv.saved.length) await vi.advanceTimersByTimeAsync(0);
    await box.push({ id: "q1", response: "100" }); // typed on while "10" is on its way
    await box.push({ id: "q2", response: ["b"] });
    srv.release();
    release();
    expect(await first).toBe(true);
    expect(srv.saved).toEqual([
      ["q1", "10"],
      ["q1", "100"],
      ["q2", ["b"]],
    ]);
    expect(await store.list()).toEqual([]);
  });

  it("replaces an answer that has not left yet, keeping its place", async () => {
    const srv = server();
    const box = createAnswerOutbox({ store: idbStore(), save: srv.save });
    await box.push({ id: "q1", response: "1" });
    await box.push({ id: "q2", response: "2" });
    await box.push({ id: "q1", response: "11" });
    expect((await box.pending()).map((a) => [a.id, a.response])).toEqual([
      ["q1", "11"],
      ["q2", "2"],
    ]);
    await box.flush();
    expect(srv.saved).toEqual([
      ["q1", "11"],
      ["q2", "2"],
    ]);
  });

  it("keeps answers through a dropped connection and a reload, then retries (back-off at most 15 s)", async () => {
    const db = await freshDeviceDb();
    const statuses: OutboxStatus[] = [];
    const first = createAnswerOutbox({
      store: idbStore(db),
      save: server(["network"]).save,
      onStatus: (s) => statuses.push(s),
    });
    await first.push({ id: "q5", response: "999" });
    expect(await first.flush()).toBe(false);
    expect(statuses.at(-1)).toMatchObject({ state: "offline", pending: 1 });
    first.stop();
    const srv = server(["network", "network", "network", "network", "network"]);
    const second = createAnswerOutbox({ store: idbStore(db), save: srv.save }); // the page reloads
    expect(await second.pending()).toEqual([{ id: "q5", response: "999", tried: true }]);
    await second.flush();
    for (const wait of [1000, 2000, 4000, 8000, 15000]) {
      const before = srv.saved.length;
      await vi.advanceTimersByTimeAsync(wait);
      while (srv.saved.length === before) await new Promise((r) => setImmediate(r));
    }
    await second.flushNow();
    expect(srv.saved).toHaveLength(6);
    expect(second.status()).toMatchObject({ state: "saved", pending: 0 });
  });

  it("drops a refused answer with its message so the others still go; clears the message on request", async () => {
    const srv = server([{ kind: "refused", message: "That option is not in this question." }]);
    const box = createAnswerOutbox({ store: memoryStore(), save: srv.save });
    await box.push({ id: "q1", response: ["zzz"] });
    await box.push({ id: "q2", response: "42" });
    expect(await box.flush()).toBe(true);
    expect(srv.saved.map(([id]) => id)).toEqual(["q1", "q2"]);
    expect(box.status()).toEqual({
      state: "saved",
      pending: 0,
      error: "That option is not in this question.",
      notice: null,
      durable: true,
    });
    box.dismissError();
    expect(box.status().error).toBeNull();
  });

  it("stops for good when the attempt has closed, forgetting what waits", async () => {
    const store = await idbStore();
    const closed: string[] = [];
    const srv = server([{ kind: "closed", message: "Time is up." }]);
    const box = createAnswerOutbox({ store, save: srv.save, onClosed: (m) => closed.push(m) });
    await box.push({ id: "q1", response: "1" });
    await box.push({ id: "q2", response: "2" });
    expect(await box.flush()).toBe(false);
    expect(closed).toEqual(["Time is up."]);
    expect(await store.list()).toEqual([]);
    await box.push({ id: "q3", response: "3" });
    expect(await box.flush()).toBe(false);
    expect(srv.saved).toHaveLength(1);
  });

  it("flushNow waits for the save in flight, then sends the rest at once (the submit button)", async () => {
    const srv = server(["network"]);
    const box = createAnswerOutbox({ store: memoryStore(), save: srv.save });
    await box.push({ id: "q1", response: "1" });
    const inFlight = box.flush(); // this try will get no answer
    const submit = box.flushNow();
    expect(await inFlight).toBe(false);
    expect(await submit).toBe(true); // it waited, then tried again without the back-off
    expect(srv.saved).toHaveLength(2);
    await box.push({ id: "q2", response: "2" });
    box.flushAfter(800); // a debounced text answer, then the submit button
    expect(await box.flushNow()).toBe(true);
    expect(srv.saved).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(800);
    expect(srv.saved).toHaveLength(3); // the debounce did not send it again
  });

  it("moves answers an earlier version left in localStorage (either format) into IndexedDB, and sends them", async () => {
    // Exactly what components/quiz/use-answer-sync.ts stored before the outboxes were merged.
    const storage = new MemoryStorage();
    storage.setItem(
      answerOutboxKey("att"),
      '{"q1":{"response":["a","c"],"rev":"1764320000000-0.42"},"q2":{"response":"3,072","rev":"1764320000100-0.7"}}',
    );
    const store = await idbStore();
    expect(await migrateLegacyQueue(store, { storage, key: answerOutboxKey("att"), revive: reviveAnswers })).toBe(2);
    const srv = server();
    const box = createAnswerOutbox({ store, save: srv.save });
    expect(await box.pending()).toEqual([
      { id: "q1", response: ["a", "c"] },
      { id: "q2", response: "3,072" },
    ]);
    expect(await box.flush()).toBe(true);
    expect(srv.saved).toEqual([
      ["q1", ["a", "c"]],
      ["q2", "3,072"],
    ]);
    expect(storage.getItem(answerOutboxKey("att"))).toBeNull();
  });

  it("skips stored entries that are not answers", () => {
    expect(reviveAnswers({ q1: { response: 5 }, q2: null, q3: { response: null } })).toEqual([
      { id: "q3", response: null },
    ]);
    expect(reviveAnswers([{ id: "q1", response: "x", tried: true }, { response: "no id" }, "junk"])).toEqual([
      { id: "q1", response: "x", tried: true },
    ]);
    expect(reviveAnswers("junk")).toEqual([]);
  });
});
