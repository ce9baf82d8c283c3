import type { OutboxStore } from "@/lib/outbox";
import { gradeQueue, outboxKey, reviveOps, type Op } from "@/lib/srs/grade-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

/**
 * The learner's grade queue, opened from IndexedDB with a dynamic import: idb and the migration
 * code load after the page is up, so they add nothing to the review page's first load. Whatever
 * is queued before the store is open waits in order (lib/outbox.ts runs its steps in sequence).
 * (The quiz's queue is in answer-store.ts: kept apart so the review page never loads the quiz's
 * answer schemas.)
 */
export function gradeStore(userId: string): Promise<OutboxStore<Op>> {
  return import("@/lib/offline/open-outbox").then((m) =>
    m.openOutboxStore<Op>(gradeQueue(userId), { storage: deviceStorage(), key: outboxKey(userId), revive: reviveOps }),
  );
}
