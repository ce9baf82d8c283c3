import type { OutboxStore } from "@/lib/outbox";
import { gradeQueue, outboxKey, reviveOps, type Op } from "@/lib/srs/grade-outbox";
import { answerOutboxKey, answerQueue, reviveAnswers, type PendingAnswer } from "@/lib/quiz/answer-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

/**
 * The device's queues, opened from IndexedDB with a dynamic import: idb and the migration code
 * load after the page is up, so they add nothing to the review page's first load. Whatever is
 * queued before the store is open waits in order (lib/outbox.ts runs its steps in sequence).
 */
const open = () => import("@/lib/offline/open-outbox");

export function gradeStore(userId: string): Promise<OutboxStore<Op>> {
  return open().then((m) =>
    m.openOutboxStore<Op>(gradeQueue(userId), { storage: deviceStorage(), key: outboxKey(userId), revive: reviveOps }),
  );
}

export function answerStore(attemptId: string): Promise<OutboxStore<PendingAnswer>> {
  return open().then((m) =>
    m.openOutboxStore<PendingAnswer>(answerQueue(attemptId), {
      storage: deviceStorage(),
      key: answerOutboxKey(attemptId),
      revive: reviveAnswers,
    }),
  );
}
