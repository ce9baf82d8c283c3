import type { IDBPDatabase } from "idb";
import { sameItem, type OutboxItem, type OutboxStore } from "@/lib/outbox-store";
import type { DeviceDb } from "@/lib/offline/device-db";

/**
 * An outbox queue in IndexedDB (lib/offline/device-db.ts). Items keep the order they were
 * first queued (an auto-incremented `seq`); each method is one transaction, so tabs and the
 * service worker sharing the queue never see half a step.
 */
export function idbOutboxStore<T extends OutboxItem>(db: IDBPDatabase<DeviceDb>, queue: string): OutboxStore<T> {
  const range = IDBKeyRange.bound([queue, -Infinity], [queue, Infinity]);
  return {
    async list() {
      return (await db.getAllFromIndex("outbox", "queue", range)).map((r) => r.item as T);
    },
    async put(item) {
      const tx = db.transaction("outbox", "readwrite");
      const known = await tx.store.index("queueId").get([queue, item.id]);
      await (known ? tx.store.put({ ...known, item }) : tx.store.add({ queue, id: item.id, item }));
      await tx.done;
    },
    async claimHead() {
      const tx = db.transaction("outbox", "readwrite");
      const cursor = await tx.store.index("queue").openCursor(range);
      let head: T | null = null;
      if (cursor) {
        head = { ...(cursor.value.item as T), tried: true };
        await cursor.update({ ...cursor.value, item: head });
      }
      await tx.done;
      return head;
    },
    async removeSent(item) {
      const tx = db.transaction("outbox", "readwrite");
      const known = await tx.store.index("queueId").get([queue, item.id]);
      if (known && sameItem(known.item, item)) await tx.store.delete(known.seq!);
      await tx.done;
    },
    async cancelUnsent(id) {
      const tx = db.transaction("outbox", "readwrite");
      const known = await tx.store.index("queueId").get([queue, id]);
      const drop = !!known && !known.item.tried;
      if (drop) await tx.store.delete(known.seq!);
      await tx.done;
      return drop;
    },
    async clear() {
      const tx = db.transaction("outbox", "readwrite");
      for (let c = await tx.store.index("queue").openCursor(range); c; c = await c.continue()) await c.delete();
      await tx.done;
    },
  };
}

/** Where earlier versions kept a queue: one localStorage key holding a JSON array (or, for quiz answers, a map). */
export type LegacyQueue<T> = {
  storage: Pick<Storage, "getItem" | "removeItem"> | null;
  key: string;
  revive: (stored: unknown) => T[];
};

/**
 * Moves a queue that an earlier version left in localStorage into IndexedDB, in its order and
 * with its `tried` marks, and removes the key only once the items are committed. Running it
 * twice (a crash in between, two tabs) replaces the same ids in place: nothing is doubled.
 */
export async function migrateLegacyQueue<T extends OutboxItem>(
  store: OutboxStore<T>,
  legacy: LegacyQueue<T>,
): Promise<number> {
  let raw: string | null = null;
  try {
    raw = legacy.storage?.getItem(legacy.key) ?? null;
  } catch {
    return 0;
  }
  if (!raw) return 0;
  let items: T[] = [];
  try {
    items = legacy.revive(JSON.parse(raw));
  } catch {
    items = [];
  }
  for (const item of items) await store.put(item);
  legacy.storage!.removeItem(legacy.key);
  return items.length;
}

/** IndexedDB could not be opened or written: the legacy items (still in localStorage) are handed over in memory. */
export class StoreUnavailable<T> extends Error {
  constructor(readonly items: T[]) {
    super("IndexedDB is not available");
    this.name = "StoreUnavailable";
  }
}
