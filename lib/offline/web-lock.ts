import type { OutboxLock } from "@/lib/outbox";

/**
 * navigator.locks where the browser (or service worker) has it: one sender per queue across
 * tabs and the service worker, so grades leave in order. Without it, sends may overlap; the
 * server's idempotent ids still store each once.
 */
export function webLock(name: string): OutboxLock | undefined {
  const locks = typeof navigator !== "undefined" ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? <R>(fn: () => Promise<R>) => locks.request(`paramlab:${name}`, fn) as Promise<R> : undefined;
}
