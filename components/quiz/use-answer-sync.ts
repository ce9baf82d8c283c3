"use client";

import { useEffect, useRef, useState } from "react";
import type { QuizResponse } from "@/lib/quiz/question-types";
import type { OutboxStatus } from "@/lib/outbox";
import { createAnswerOutbox, type SaveOutcome } from "@/lib/quiz/answer-outbox";
import { deviceStorage } from "@/components/ui/device-storage";

export type { SaveOutcome } from "@/lib/quiz/answer-outbox";

/**
 * Answers saved as the student goes, and never lost: every change goes to the device's
 * outbox first (lib/quiz/answer-outbox.ts), then to the server one at a time (latest value
 * per question). A reload shows the server's saved answers, plus any change the server never
 * confirmed, which is sent again. Offline, changes wait on the device.
 */
export type SaveStatus = "saved" | "saving" | "offline" | "error";

type Callbacks = { save: (itemId: string, response: QuizResponse) => Promise<SaveOutcome>; onClosed: (message: string) => void };

/** No answer while the browser says it is online means the server is unreachable: say "retrying", not "offline". */
function saveStatus(s: OutboxStatus): SaveStatus {
  if (s.state === "offline") return typeof navigator !== "undefined" && navigator.onLine ? "error" : "offline";
  return s.state === "signed-out" ? "error" : s.state;
}

export function useAnswerSync(opts: { attemptId: string; initial: Record<string, QuizResponse>; save: Callbacks["save"]; onClosed: Callbacks["onClosed"] }) {
  const [responses, setResponses] = useState(opts.initial);
  const [status, setStatus] = useState<OutboxStatus>({ state: "saved", pending: 0, error: null });
  const callbacks = useRef<Callbacks>(opts);
  callbacks.current = { save: opts.save, onClosed: opts.onClosed };
  const [outbox] = useState(() =>
    createAnswerOutbox(opts.attemptId, {
      storage: deviceStorage(),
      save: (itemId, response) => callbacks.current.save(itemId, response),
      onStatus: setStatus,
      onClosed: (message) => callbacks.current.onClosed(message),
    }),
  );

  useEffect(() => {
    // Unconfirmed changes from before a reload: shown again and sent again.
    const waiting = outbox.pending();
    if (waiting.length) {
      setResponses((r) => ({ ...r, ...Object.fromEntries(waiting.map((a) => [a.id, a.response])) }));
      outbox.flushAfter(0);
    }
    const online = () => void outbox.flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      outbox.stop();
    };
  }, [outbox]);

  return {
    responses,
    status: saveStatus(status),
    error: status.error,
    setAnswer(itemId: string, response: QuizResponse, delayMs = 0) {
      setResponses((r) => ({ ...r, [itemId]: response }));
      outbox.dismissError();
      outbox.push({ id: itemId, response });
      outbox.flushAfter(delayMs);
    },
    /** Waits for the save in flight, then sends what is left; true when all is on the server. */
    flushAll: outbox.flushNow,
    forget: outbox.clear,
  };
}
