import type { OutboxItem, OutboxStore } from "@/lib/outbox-store";
import { deviceDb } from "@/lib/offline/device-db";
import { idbOutboxStore, migrateLegacyQueue, StoreUnavailable, type LegacyQueue } from "@/lib/offline/idb-outbox-store";

/**
 * Opens a queue in this device's IndexedDB, first moving in what an earlier version left in
 * localStorage. Loaded with a dynamic import by the pages, so neither idb nor this code
 * weighs on their first load. When IndexedDB is missing or refuses (some private modes), the
 * legacy items come back in the error for the outbox to keep in memory.
 */
export async function openOutboxStore<T extends OutboxItem>(
  queue: string,
  legacy?: LegacyQueue<T>,
): Promise<OutboxStore<T>> {
  try {
    const store = idbOutboxStore<T>(await deviceDb(), queue);
    if (legacy) await migrateLegacyQueue(store, legacy);
    return store;
  } catch {
    let items: T[] = [];
    try {
      const raw = legacy?.storage?.getItem(legacy.key);
      items = raw ? legacy!.revive(JSON.parse(raw)) : [];
    } catch {
      items = [];
    }
    throw new StoreUnavailable(items);
  }
}
