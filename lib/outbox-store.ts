/**
 * Where an outbox queue (lib/outbox.ts) lives: the contract every store keeps, and the store in
 * this page's memory (the fallback when the device's storage fails, and the store of tests).
 * The browser's store is IndexedDB: lib/offline/idb-outbox-store.ts.
 */
export type OutboxItem = { id: string; /** sent at least once, so the server may have it */ tried?: boolean };

/** Where the queue lives. Each method is one atomic step. */
export interface OutboxStore<T extends OutboxItem> {
  list(): Promise<T[]>;
  /** Appends the item, or replaces the waiting item with its id where it stands. */
  put(item: T): Promise<void>;
  /** The first item, marked `tried` in the same step; null when the queue is empty. */
  claimHead(): Promise<T | null>;
  /** Removes the item if it still holds this value (a newer value under its id stays). */
  removeSent(item: T): Promise<void>;
  /** Removes the item with this id if it was never sent; false if it may be on the server or is gone. */
  cancelUnsent(id: string): Promise<boolean>;
  clear(): Promise<void>;
}

/** The same item, not a newer value under the same id (`tried` aside). */
export const sameItem = (a: OutboxItem, b: OutboxItem) =>
  a.id === b.id && JSON.stringify({ ...a, tried: undefined }) === JSON.stringify({ ...b, tried: undefined });

/** A queue in this page's memory: the fallback, and the store of tests. */
export function memoryStore<T extends OutboxItem>(initial: T[] = []): OutboxStore<T> {
  let items = [...initial];
  return {
    list: async () => items,
    async put(item) {
      const at = items.findIndex((o) => o.id === item.id);
      items = at < 0 ? [...items, item] : items.map((o, i) => (i === at ? item : o));
    },
    async claimHead() {
      if (!items[0]) return null;
      const head = { ...items[0], tried: true };
      items = [head, ...items.slice(1)];
      return head;
    },
    async removeSent(item) {
      items = items.filter((o) => !sameItem(o, item));
    },
    async cancelUnsent(id) {
      if (!items.some((o) => o.id === id && !o.tried)) return false;
      items = items.filter((o) => o.id !== id);
      return true;
    },
    async clear() {
      items = [];
    },
  };
}
