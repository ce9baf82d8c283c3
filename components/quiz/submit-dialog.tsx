"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { count } from "@/lib/plural";

/** "Submit now?" with what is still unanswered, so nobody submits by a slip of the thumb. */
export function SubmitDialog(props: {
  open: boolean;
  answered: number;
  total: number;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  const missing = props.total - props.answered;
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
      aria-labelledby="submit-title"
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-zinc-200 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="submit-title" className="text-lg font-bold">
        Submit your answers?
      </h2>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        You answered <strong>{props.answered}</strong> of {count(props.total, "question", "questions")}.
        {missing > 0 ? ` ${count(missing, "unanswered question", "unanswered questions")} will score 0.` : ""} After
        submitting you cannot change your answers.
      </p>
      {props.error ? (
        <p
          role="alert"
          className="mt-3 rounded-lg bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {props.error}
        </p>
      ) : null}
      <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={props.onCancel} disabled={props.busy} className="min-h-12">
          Keep working
        </Button>
        <Button onClick={props.onConfirm} disabled={props.busy} className="min-h-12">
          {props.busy ? "Submitting…" : "Submit answers"}
        </Button>
      </div>
    </dialog>
  );
}
