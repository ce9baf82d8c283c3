// A real IndexedDB implementation in JavaScript (fake-indexeddb), so the device stores run in
// Node exactly as they do in the browser: transactions, indexes, key order. Each call opens a
// fresh database, so tests never share a queue by accident.
import "fake-indexeddb/auto";
import { openDeviceDb } from "@/lib/offline/device-db";

let n = 0;
export const freshDeviceDb = () => openDeviceDb(`test-${++n}-${Math.random().toString(36).slice(2)}`);

/** Fake timers that leave fake-indexeddb's own scheduling (setImmediate) alone. */
export const TIMERS: { toFake: ("setTimeout" | "clearTimeout" | "Date")[] } = {
  toFake: ["setTimeout", "clearTimeout", "Date"],
};
