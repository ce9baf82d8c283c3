"use client";

import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createScheduler, type Rating, type SrsSettings } from "@/lib/srs/scheduler";
import { requeue, type StudyMode } from "@/lib/srs/queue";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import type { ReviewCardData } from "@/lib/srs/review-card";
import type { Op } from "@/lib/srs/grade-outbox";
import type { StudySnapshot } from "@/lib/srs/study-snapshot";
import { useOutbox } from "@/components/review/use-outbox";
import { uuid } from "@/components/review/uuid";
import { afterCommit, startGradeTimer } from "@/components/review/paint-timer";

export type Tally = [number, number, number, number]; // Again, Hard, Good, Easy
type Entry = {
  gradeId: string;
  cardId: string;
  queue: ReviewCardData[];
  tally: Tally;
  known: Record<string, CardSnapshot | null>;
};
type SessionState = {
  queue: ReviewCardData[];
  revealed: boolean;
  history: Entry[];
  tally: Tally;
  known: Record<string, CardSnapshot | null>;
  /** When the last card was graded (Date.now()), for the summary; null while cards are left. */
  finishedAt: number | null;
};

/**
 * The review session's state machine. Grading is synchronous and local: the next card is
 * rendered at once, the grade goes to the outbox, and the network is touched only after the
 * frame is painted. Undo puts back the exact queue and card state from before the grade.
 */
export function useReviewSession(opts: {
  userId: string;
  mode: StudyMode;
  cards: ReviewCardData[];
  settings: SrsSettings;
  dueBy: string;
  pendingApplied?: boolean;
}) {
  const { mode } = opts;
  const scheduler = useMemo(() => createScheduler(opts.settings), [opts.settings]);
  const dueBy = useMemo(() => new Date(opts.dueBy), [opts.dueBy]);
  const [s, setS] = useState<SessionState>(() => ({
    queue: opts.cards,
    revealed: false,
    history: [],
    tally: [0, 0, 0, 0],
    known: Object.fromEntries(opts.cards.map((c) => [c.id, c.state])),
    finishedAt: null,
  }));
  const [startedAt] = useState(() => Date.now());
  // Handlers read the latest state here, and write it at once, so two fast key presses
  // can never grade the same card twice before React re-renders.
  const ref = useRef(s);
  const commit = useCallback((next: SessionState) => {
    ref.current = next;
    setS(next);
  }, []);

  /** The server's state for these cards wins (another device, clock skew): queued cards take it, for the previews and the summary. */
  const adopt = useCallback(
    (states: Record<string, CardSnapshot | null>) => {
      const cur = ref.current;
      const ids = Object.keys(states);
      if (!ids.length) return;
      commit({
        ...cur,
        queue: cur.queue.map((c) => (c.id in states ? { ...c, state: states[c.id] } : c)),
        known: { ...cur.known, ...states },
      });
    },
    [commit],
  );
  const onReceipt = useCallback(
    (op: Op, body: unknown) => {
      // Only if this grade is still the last one the session made for the card.
      if (op.kind !== "grade" || op.mode !== "review") return;
      const state = (body as { cardState?: CardSnapshot | null } | null)?.cardState;
      if (state === undefined || ref.current.history.findLast((h) => h.cardId === op.cardId)?.gradeId !== op.id) return;
      adopt({ [op.cardId]: state });
    },
    [adopt],
  );
  // After a reload, grades still waiting in the outbox are applied to the fresh queue
  // (offline, the queue was built with them already).
  const onRestore = useCallback(
    (waiting: Op[]) => {
      if (mode !== "review" || opts.pendingApplied) return;
      let cur = ref.current;
      for (const op of waiting) {
        if (op.kind !== "grade" || op.mode !== "review" || op.after === undefined) continue;
        const card = cur.queue.find((c) => c.id === op.cardId);
        if (!card) continue;
        const queue = requeue(
          cur.queue.filter((c) => c !== card),
          { ...card, state: op.after },
          op.rating as Rating,
          { mode, dueBy },
        );
        cur = { ...cur, queue, known: { ...cur.known, [card.id]: op.after } };
      }
      if (cur !== ref.current) commit(cur);
    },
    [mode, dueBy, commit, opts.pendingApplied],
  );
  const pendingNow = useRef<() => number>(() => 0);
  // After a sync (a 409 included) the device takes the server's states, unless the learner graded again meanwhile.
  const onSynced = useCallback(
    (snapshot: StudySnapshot) => {
      if (pendingNow.current()) return;
      const known = ref.current.known;
      adopt(Object.fromEntries(snapshot.cards.filter((c) => c.id in known).map((c) => [c.id, c.state])));
    },
    [adopt],
  );
  const { status, current: outbox } = useOutbox(
    opts.userId,
    { onReceipt, onRestore, onSynced },
    { keepSnapshot: mode === "review" },
  );
  useLayoutEffect(() => {
    pendingNow.current = () => outbox()?.status().pending ?? 0;
  }, [outbox]);

  const head = s.queue.at(0) ?? null;
  const shownAt = useRef(0);
  useLayoutEffect(() => {
    shownAt.current = performance.now();
    afterCommit();
  }, [head, s.history.length]);

  const previews = useMemo(
    () => (head && mode === "review" ? scheduler.preview(head.state, new Date()) : null),
    [head, mode, scheduler],
  );

  const reveal = useCallback(() => {
    const cur = ref.current;
    if (cur.queue.length && !cur.revealed) commit({ ...cur, revealed: true });
  }, [commit]);

  const grade = useCallback(
    (rating: Rating, eventTimeStamp?: number) => {
      const cur = ref.current;
      const card = cur.queue.at(0);
      const ob = outbox();
      if (!card || !cur.revealed || !ob) return;
      startGradeTimer(eventTimeStamp);
      const now = new Date();
      const after = mode === "review" ? scheduler.grade(card.state, rating, now).after : card.state;
      const id = uuid();
      const durationMs = Math.min(3_600_000, Math.max(0, Math.round(performance.now() - shownAt.current)));
      void ob.push({
        kind: "grade",
        id,
        cardId: card.id,
        rating,
        mode,
        reviewedAt: now.toISOString(),
        durationMs,
        after,
      });
      const tally = cur.tally.map((n, i) => (i === rating - 1 ? n + 1 : n)) as Tally;
      const queue = requeue(cur.queue.slice(1), { ...card, state: after }, rating, { mode, dueBy });
      commit({
        queue,
        revealed: false,
        history: [
          ...cur.history,
          { gradeId: id, cardId: card.id, queue: cur.queue, tally: cur.tally, known: cur.known },
        ],
        tally,
        known: { ...cur.known, [card.id]: after },
        finishedAt: queue.length ? null : Date.now(),
      });
      // Network after the next card is painted, never before it.
      requestAnimationFrame(() => setTimeout(() => void ob.flush(), 0));
    },
    [commit, dueBy, mode, outbox, scheduler],
  );

  const undo = useCallback(() => {
    const cur = ref.current;
    const last = cur.history.at(-1);
    const ob = outbox();
    if (!last || !ob) return;
    void ob.cancelGrade(last.gradeId, {
      id: uuid(),
      cardId: last.cardId,
      restore: last.known[last.cardId] ?? null,
    });
    commit({
      queue: last.queue,
      revealed: true,
      history: cur.history.slice(0, -1),
      tally: last.tally,
      known: last.known,
      finishedAt: null,
    });
    requestAnimationFrame(() => setTimeout(() => void ob.flush(), 0));
  }, [commit, outbox]);
  const dismissError = useCallback(() => outbox()?.dismissError(), [outbox]);

  const minutes = s.finishedAt === null ? 0 : (s.finishedAt - startedAt) / 60_000;
  return {
    head,
    revealed: s.revealed,
    queue: s.queue,
    tally: s.tally,
    known: s.known,
    minutes,
    canUndo: s.history.length > 0,
    previews,
    status,
    dismissError,
    reveal,
    grade,
    undo,
    dueBy,
  };
}
