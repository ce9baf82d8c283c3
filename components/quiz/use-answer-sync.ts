"use client";

import { useEffect, useRef, useState } from "react";
import type { QuizResponse } from "@/lib/quiz/question-types";

/**
 * Answers saved as the student goes, and never lost: every change is written to
 * localStorage first, then sent to the server one at a time (latest value per question).
 * A reload shows the server's saved answers, plus any change the server never confirmed,
 * which is sent again. Offline, changes wait on the device and go out when back online.
 */
export type SaveStatus = "saved" | "saving" | "offline" | "error";
export type SaveOutcome = { kind: "saved" } | { kind: "closed"; message: string } | { kind: "refused"; message: string };

type Pending = Record<string, { response: QuizResponse; rev: string }>;
type Callbacks = {
  save: (itemId: string, response: QuizResponse) => Promise<SaveOutcome>;
  onClosed: (message: string) => void;
  onStatus: (s: SaveStatus) => void;
  onRefused: (message: string) => void;
};

/** The queue itself, free of React so its ordering is easy to follow. */
function createSyncEngine(attemptId: string, cb: { current: Callbacks }) {
  const key = `paramlab:attempt:${attemptId}:pending`;
  let pending: Pending = {};
  let running: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 1000;
  let closed = false;

  const persist = () => {
    try {
      if (Object.keys(pending).length) localStorage.setItem(key, JSON.stringify(pending));
      else localStorage.removeItem(key);
    } catch {
      // Private mode or a full quota: the server copy still works.
    }
  };

  async function drain(): Promise<boolean> {
    for (;;) {
      if (closed) return false;
      const next = Object.entries(pending)[0];
      if (!next) {
        cb.current.onStatus("saved");
        backoff = 1000;
        return true;
      }
      const [itemId, p] = next;
      cb.current.onStatus("saving");
      let outcome: SaveOutcome;
      try {
        outcome = await cb.current.save(itemId, p.response);
      } catch {
        // No reply (offline, dropped connection): keep it on the device and retry.
        cb.current.onStatus(navigator.onLine ? "error" : "offline");
        schedule(backoff);
        backoff = Math.min(backoff * 2, 15_000);
        return false;
      }
      if (outcome.kind === "closed") {
        closed = true;
        pending = {};
        persist();
        cb.current.onClosed(outcome.message);
        return false;
      }
      if (outcome.kind === "refused") cb.current.onRefused(outcome.message); // dropped: one bad value must not block the rest
      if (pending[itemId]?.rev === p.rev) delete pending[itemId];
      persist();
    }
  }

  function flush(): Promise<boolean> {
    running ??= drain().finally(() => (running = null));
    return running;
  }

  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  return {
    /** Unconfirmed changes from before a reload; they are queued again. */
    restore(): Record<string, QuizResponse> {
      try {
        pending = { ...(JSON.parse(localStorage.getItem(key) ?? "{}") as Pending), ...pending };
      } catch {
        pending = {};
      }
      if (Object.keys(pending).length) schedule(0);
      return Object.fromEntries(Object.entries(pending).map(([k, v]) => [k, v.response]));
    },
    change(itemId: string, response: QuizResponse, delayMs: number) {
      pending[itemId] = { response, rev: `${Date.now()}-${Math.random()}` };
      persist();
      cb.current.onStatus("saving");
      schedule(delayMs);
    },
    /** Waits for the save in flight, then sends what is left; true when all is on the server. */
    async flushAll() {
      clearTimeout(timer);
      await running;
      return flush();
    },
    flush,
    forget() {
      closed = true;
      clearTimeout(timer);
      pending = {};
      persist();
    },
    stop: () => clearTimeout(timer),
  };
}

export function useAnswerSync(opts: {
  attemptId: string;
  initial: Record<string, QuizResponse>;
  save: Callbacks["save"];
  onClosed: Callbacks["onClosed"];
}) {
  const [responses, setResponses] = useState(opts.initial);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const callbacks = useRef<Callbacks>({ save: opts.save, onClosed: opts.onClosed, onStatus: setStatus, onRefused: setError });
  callbacks.current = { save: opts.save, onClosed: opts.onClosed, onStatus: setStatus, onRefused: setError };
  const [engine] = useState(() => createSyncEngine(opts.attemptId, callbacks));

  useEffect(() => {
    const restored = engine.restore();
    if (Object.keys(restored).length) setResponses((r) => ({ ...r, ...restored }));
    const online = () => void engine.flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      engine.stop();
    };
  }, [engine]);

  return {
    responses,
    status,
    error,
    setAnswer(itemId: string, response: QuizResponse, delayMs = 0) {
      setResponses((r) => ({ ...r, [itemId]: response }));
      setError(null);
      engine.change(itemId, response, delayMs);
    },
    flushAll: engine.flushAll,
    forget: engine.forget,
  };
}
