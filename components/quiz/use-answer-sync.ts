"use client";

import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { QuizResponse } from "@/lib/quiz/question-types";
import type { OutboxStatus } from "@/lib/outbox";
import { answerQueue, createAnswerOutbox, type SaveOutcome } from "@/lib/quiz/answer-outbox";
import { webLock } from "@/lib/offline/web-lock";
import { answerStore } from "@/components/offline/answer-store";

export type { SaveOutcome } from "@/lib/quiz/answer-outbox";

/**
 * Answers saved as the student goes, and never lost: every change goes to the device's
 * outbox first (lib/quiz/answer-outbox.ts, in IndexedDB), then to the server one at a time
 * (latest value per question). A reload shows the server's saved answers, plus any change the
 * server never confirmed, which is sent again. Offline, changes wait on the device and go when
 * the connection returns (or when the attempt is opened again online).
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

export function useAnswerSync(opts: {
  attemptId: string;
  initial: Responses;
  save: (itemId: string, response: QuizResponse) => Promise<SaveOutcome>;
  onClosed: (message: string) => void;
}) {
  const { attemptId } = opts;
  // Changes this device made that the server never confirmed (a reload, a lost connection):
  // read from IndexedDB after hydration (the server cannot see this device), shown and sent again.
  const [waiting, setWaiting] = useState<Responses>(noneWaiting);
  const [edits, setEdits] = useState<Responses>({});
  const responses = useMemo(() => ({ ...opts.initial, ...waiting, ...edits }), [opts.initial, waiting, edits]);
  const [status, setStatus] = useState<OutboxStatus>({
    state: "saved",
    pending: 0,
    error: null,
    notice: null,
    durable: true,
  });

  // The outbox lives while the page is mounted; only effects and event handlers touch it.
  const outboxRef = useRef<AnswerOutbox | null>(null);
  const save = useEffectEvent(opts.save);
  const closed = useEffectEvent(opts.onClosed);
  useEffect(() => {
    const outbox = createAnswerOutbox({
      store: answerStore(attemptId),
      lock: webLock(answerQueue(attemptId)),
      save: (itemId, response) => save(itemId, response),
      onStatus: setStatus,
      onClosed: (message) => closed(message),
    });
    outboxRef.current = outbox;
    void outbox.pending().then((left) => {
      if (!left.length || outboxRef.current !== outbox) return;
      setWaiting(Object.fromEntries(left.map((a) => [a.id, a.response])));
      outbox.flushAfter(0);
    });
    const online = () => outbox.resume();
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
    void outbox.push({ id: itemId, response }).then(() => outbox.flushAfter(delayMs));
  }, []);
  /** Waits for the save in flight, then sends what is left; true when all is on the server. */
  const flushAll = useCallback(() => outboxRef.current?.flushNow() ?? Promise.resolve(false), []);
  const forget = useCallback(() => outboxRef.current?.clear(), []);

  return { responses, status: saveStatus(status), error: status.error, setAnswer, flushAll, forget };
}
