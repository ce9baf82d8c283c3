"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { saveAnswerAction, submitAttemptAction } from "@/lib/actions/quiz";
import type { AttemptView } from "@/lib/server/quiz-attempt-view";
import type { QuizResponse } from "@/lib/quiz/question-types";
import { Button, buttonClass } from "@/components/ui/button";
import { AttemptHeader } from "@/components/quiz/attempt-header";
import { QuestionField } from "@/components/quiz/question-field";
import { SubmitDialog } from "@/components/quiz/submit-dialog";
import { useAnswerSync, type SaveOutcome } from "@/components/quiz/use-answer-sync";
import { useCountdown } from "@/components/quiz/use-countdown";
import { useDeviceValue } from "@/components/ui/client-only";

type OpenView = Extract<AttemptView, { status: "in_progress" }>;

function storedPosition(posKey: string, total: number): number {
  const stored = Number(sessionStorage.getItem(posKey));
  return Number.isInteger(stored) && stored > 0 && stored < total ? stored : 0;
}

const isAnswered = (r: QuizResponse | undefined) =>
  r !== null && r !== undefined && (Array.isArray(r) ? r.length > 0 : r.trim() !== "");

/** Taking a quiz: one question per screen (or all on one page), saved as you go. */
export function AttemptRunner({ view }: { view: OpenView }) {
  const router = useRouter();
  const attemptId = view.attempt.id;
  const resultUrl = `/quizzes/attempt/${attemptId}/result`;
  const posKey = `paramlab:attempt:${attemptId}:position`;
  const total = view.questions.length;
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  // Where the student was before a reload (read after hydration), until they move.
  const storedIndex = useDeviceValue(() => storedPosition(posKey, total), 0);
  const [chosenIndex, setIndex] = useState<number | null>(null);
  const index = chosenIndex ?? storedIndex;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const timeUpHandled = useRef(false);

  const save = useCallback(
    async (itemId: string, response: QuizResponse): Promise<SaveOutcome> => {
      const res = await saveAnswerAction({ attemptId, quizItemId: itemId, response });
      if (!res.ok) throw new Error(res.error); // kept on the device and retried
      return res.data.kind === "saved" ? { kind: "saved" } : res.data;
    },
    [attemptId],
  );
  const sync = useAnswerSync({ attemptId, initial: view.responses, save, onClosed: setClosedMessage });
  const msLeft = useCountdown(view.attempt.deadlineAt, view.attempt.serverNow);
  const answered = useMemo(
    () => view.questions.filter((q) => isAnswered(sync.responses[q.itemId])).length,
    [view.questions, sync.responses],
  );

  const go = (i: number) => {
    const next = Math.max(0, Math.min(total - 1, i));
    setIndex(next);
    sessionStorage.setItem(posKey, String(next));
    window.scrollTo({ top: 0 });
  };

  const submit = useCallback(
    async (auto: boolean) => {
      setBusy(true);
      setSubmitError(null);
      const synced = await sync.flushAll();
      if (!synced && !auto) {
        setBusy(false);
        setSubmitError(
          "Some answers have not reached the server yet (no connection?). They are kept on this device — try again in a moment.",
        );
        return;
      }
      const res = await submitAttemptAction({ attemptId }).catch(() => null);
      if (!res || !res.ok) {
        setBusy(false);
        setSubmitError(res ? res.error : "No connection to the server. Your answers are kept; try again in a moment.");
        return;
      }
      // the attempt is submitted: its locally kept answers are done with (a failure here only
      // leaves a queue the server will refuse as closed)
      await sync.forget()?.catch(() => undefined);
      sessionStorage.removeItem(posKey);
      if (res.data.kind === "closed") setClosedMessage(res.data.message);
      else router.replace(res.data.resultUrl);
    },
    [attemptId, posKey, router, sync],
  );

  useEffect(() => {
    if (msLeft !== null && msLeft <= 0 && !timeUpHandled.current) {
      timeUpHandled.current = true;
      void submit(true);
    }
  }, [msLeft, submit]);

  if (closedMessage) {
    return (
      <div
        role="alert"
        className="mx-auto mt-6 max-w-md rounded-2xl border border-amber-300 bg-amber-50 p-6 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
      >
        <h1 className="text-xl font-bold">This attempt is closed</h1>
        <p className="mt-2 text-sm">{closedMessage}</p>
        <Link href={resultUrl} className={buttonClass("primary", "mt-4 w-full")}>
          See your result
        </Link>
      </div>
    );
  }

  const one = view.quiz.layout === "one";
  const q = view.questions[index];
  const last = index === total - 1;
  const field = (question: (typeof view.questions)[number]) => (
    <QuestionField
      key={question.itemId}
      question={question}
      value={sync.responses[question.itemId] ?? null}
      onChange={(v, delay) => sync.setAnswer(question.itemId, v, delay)}
    />
  );

  return (
    <div className="mx-auto max-w-2xl" data-focus-mode="quiz">
      <AttemptHeader
        title={view.quiz.title}
        current={one ? index + 1 : null}
        total={total}
        answered={answered}
        msLeft={msLeft}
        status={sync.status}
      />
      {msLeft !== null && msLeft <= 0 ? (
        <p
          role="alert"
          className="mb-3 rounded-xl bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          Time is up. Submitting the answers you saved…
        </p>
      ) : null}
      {sync.error ? (
        <p
          role="alert"
          className="mb-3 rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {sync.error}
        </p>
      ) : null}
      {one ? (
        <section
          aria-label={`Question ${index + 1} of ${total}`}
          className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
        >
          {field(q)}
        </section>
      ) : (
        <ol className="space-y-4">
          {view.questions.map((question) => (
            <li
              key={question.itemId}
              className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
            >
              {field(question)}
            </li>
          ))}
        </ol>
      )}
      {one ? <QuestionJump questions={view.questions} responses={sync.responses} current={index} onJump={go} /> : null}
      {/* Room for the fixed bar below on a phone, so the last option can scroll clear of it. */}
      <div className="h-24 md:h-0" aria-hidden="true" />
      <nav
        aria-label="Quiz navigation"
        className="fixed inset-x-0 bottom-0 z-20 border-t border-zinc-200 bg-white/95 px-4 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2 backdrop-blur md:static md:mt-6 md:border-0 md:bg-transparent md:p-0 dark:border-zinc-800 dark:bg-zinc-950/95 md:dark:bg-transparent"
        data-testid="quiz-nav"
      >
        <div className="mx-auto flex max-w-2xl gap-2">
          {one ? (
            <>
              <Button
                variant="secondary"
                className="min-h-12 flex-1"
                onClick={() => go(index - 1)}
                disabled={index === 0}
              >
                ← Back
              </Button>
              {last ? (
                <Button className="min-h-12 flex-[2]" onClick={() => setConfirming(true)}>
                  Finish and submit
                </Button>
              ) : (
                <Button className="min-h-12 flex-[2]" onClick={() => go(index + 1)}>
                  Next →
                </Button>
              )}
            </>
          ) : (
            <Button className="min-h-12 flex-1" onClick={() => setConfirming(true)}>
              Submit answers
            </Button>
          )}
        </div>
      </nav>
      <SubmitDialog
        open={confirming}
        answered={answered}
        total={total}
        busy={busy}
        error={submitError}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit(false)}
      />
    </div>
  );
}

function QuestionJump(props: {
  questions: OpenView["questions"];
  responses: Record<string, QuizResponse>;
  current: number;
  onJump: (i: number) => void;
}) {
  return (
    <details className="mt-4 rounded-2xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between text-sm font-semibold">
        All questions
        <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">jump to one ▾</span>
      </summary>
      <ol className="mt-2 grid grid-cols-6 gap-2" aria-label="Jump to a question">
        {props.questions.map((q, i) => {
          const done = isAnswered(props.responses[q.itemId]);
          return (
            <li key={q.itemId}>
              <button
                type="button"
                onClick={() => props.onJump(i)}
                aria-current={i === props.current ? "step" : undefined}
                aria-label={`Question ${i + 1}${done ? ", answered" : ", not answered"}`}
                className={
                  "flex h-11 w-full items-center justify-center rounded-lg border text-sm font-semibold " +
                  (i === props.current
                    ? "border-accent-500 ring-2 ring-accent-300 "
                    : "border-zinc-300 dark:border-zinc-700 ") +
                  (done
                    ? "bg-accent-100 text-accent-700 dark:bg-accent-700/30 dark:text-accent-200"
                    : "text-zinc-600 dark:text-zinc-300")
                }
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
