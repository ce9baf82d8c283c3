import type { OutboxStore } from "@/lib/outbox";
import { answerOutboxKey, answerQueue, reviveAnswers, type PendingAnswer } from "@/lib/quiz/answer-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

/** A quiz attempt's answer queue in IndexedDB (opened lazily, like the grades': grade-store.ts). */
export function answerStore(attemptId: string): Promise<OutboxStore<PendingAnswer>> {
  return import("@/lib/offline/open-outbox").then((m) =>
    m.openOutboxStore<PendingAnswer>(answerQueue(attemptId), {
      storage: deviceStorage(),
      key: answerOutboxKey(attemptId),
      revive: reviveAnswers,
    }),
  );
}
