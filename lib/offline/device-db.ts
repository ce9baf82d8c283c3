import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OutboxItem } from "@/lib/outbox-store";
import type { StudySnapshot } from "@/lib/srs/study-snapshot";

/**
 * This device's IndexedDB: the outbox queues (grades, quiz answers), the study snapshot
 * each learner reviews from offline, and who is signed in (for the service worker). One database for the page and the service worker.
 * A new version adds stores in `upgrade`, never drops what a queue holds.
 */
export type OutboxRecord = { seq?: number; queue: string; id: string; item: OutboxItem };

export interface DeviceDb extends DBSchema {
  outbox: { key: number; value: OutboxRecord; indexes: { queue: [string, number]; queueId: [string, string] } };
  snapshots: { key: string; value: StudySnapshot };
  /** Small facts the service worker needs between its restarts (who is signed in here). */
  meta: { key: string; value: { key: string; value: unknown } };
}

export const DEVICE_DB = "paramlab";
const VERSION = 1;

export function openDeviceDb(name = DEVICE_DB): Promise<IDBPDatabase<DeviceDb>> {
  return openDB<DeviceDb>(name, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const outbox = db.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true });
        outbox.createIndex("queue", ["queue", "seq"]);
        outbox.createIndex("queueId", ["queue", "id"], { unique: true });
        db.createObjectStore("snapshots", { keyPath: "userId" });
        db.createObjectStore("meta", { keyPath: "key" });
      }
    },
    // Another tab opened a newer version: let it upgrade; this page reopens on its next step.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}

let shared: Promise<IDBPDatabase<DeviceDb>> | null = null;

/** One connection per page (or worker); null-safe callers fall back to memory when it fails. */
export function deviceDb(): Promise<IDBPDatabase<DeviceDb>> {
  shared ??= openDeviceDb().catch((e: unknown) => {
    shared = null;
    throw e;
  });
  return shared;
}
