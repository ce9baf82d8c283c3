"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { QuizResponse } from "@/lib/quiz/question-types";
import type { OutboxStatus } from "@/lib/outbox";
import { answerOutboxKey, createAnswerOutbox, reviveAnswers, type SaveOutcome } from "@/lib/quiz/answer-outbox";
import { deviceStorage } from "@/components/ui/device-storage";
import { useDeviceValue } from "@/components/ui/client-only";

export type { SaveOutcome } from "@/lib/quiz/answer-outbox";

/**
 * Answers saved as the student goes, and never lost: every change goes to the device's
 * outbox first (lib/quiz/answer-outbox.ts), then to the server one at a time (latest value
 * per question). A reload shows the server's saved answers, plus any change the server never
 * confirmed, which is sent again. Offline, changes wait on the device.
 */
export type SaveStatus = "saved" | "saving" | "offline" | "error";

type AnswerOutbox = ReturnType<typeof createAnswerOutbox>;
type Responses = Record<string, QuizResponse>;

const noneWaiting: Responses = {};

/** No answer while the browser says it is online means the server is unreachable: say "retrying", not "offline". */
function saveStatus(s: OutboxStatus): SaveStatus {
  if (s.state === "offline") return typeof navigator !== "undefined" && navigator.onLine ? "error" : "offline";
  return s.state === "signed-out" ? "error" : s.state;
}

/** Changes this device made that the server never confirmed (a reload, a lost connection). */
function waitingOnDevice(attemptId: string): Responses {
  try {
    const raw = deviceStorage()?.getItem(answerOutboxKey(attemptId));
    return raw ? Object.fromEntries(reviveAnswers(JSON.parse(raw)).map((a) => [a.id, a.response])) : noneWaiting;
  } catch {
    return noneWaiting; // unreadable storage: the outbox will find nothing either
  }
}

export function useAnswerSync(opts: {
  attemptId: string;
  initial: Responses;
  save: (itemId: string, response: QuizResponse) => Promise<SaveOutcome>;
  onClosed: (message: string) => void;
}) {
  const { attemptId } = opts;
  // Read after hydration (the server cannot see this device's storage); sent again below.
  const waiting = useDeviceValue(() => waitingOnDevice(attemptId), noneWaiting);
  const [edits, setEdits] = useState<Responses>({});
  const responses = useMemo(() => ({ ...opts.initial, ...waiting, ...edits }), [opts.initial, waiting, edits]);
  const [status, setStatus] = useState<OutboxStatus>({ state: "saved", pending: 0, error: null });

  // The outbox lives while the page is mounted; only effects and event handlers touch it.
  const outboxRef = useRef<AnswerOutbox | null>(null);
  const save = useEffectEvent(opts.save);
  const closed = useEffectEvent(opts.onClosed);
  useEffect(() => {
    const outbox = createAnswerOutbox(attemptId, {
      storage: deviceStorage(),
      save: (itemId, response) => save(itemId, response),
      onStatus: setStatus,
      onClosed: (message) => closed(message),
    });
    outboxRef.current = outbox;
    if (outbox.pending().length) outbox.flushAfter(0);
    const online = () => void outbox.flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      outbox.stop();
      outboxRef.current = null;
    };
  }, [attemptId]);

  const setAnswer = useCallback((itemId: string, response: QuizResponse, delayMs = 0) => {
    setEdits((r) => ({ ...r, [itemId]: response }));
    const outbox = outboxRef.current;
    if (!outbox) return;
    outbox.dismissError();
    outbox.push({ id: itemId, response });
    outbox.flushAfter(delayMs);
  }, []);
  /** Waits for the save in flight, then sends what is left; true when all is on the server. */
  const flushAll = useCallback(() => outboxRef.current?.flushNow() ?? Promise.resolve(false), []);
  const forget = useCallback(() => outboxRef.current?.clear(), []);

  return { responses, status: saveStatus(status), error: status.error, setAnswer, flushAll, forget };
}
