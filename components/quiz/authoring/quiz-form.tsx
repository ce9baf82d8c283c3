"use client";

import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { useActionState, type ReactNode } from "react";
import { saveQuizAction } from "@/lib/actions/quiz-authoring";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { QuestionPicker } from "@/components/quiz/authoring/question-picker";
import type { BankEntry, QuizForEdit } from "@/lib/server/quiz-authoring";
import { count } from "@/lib/plural";

type Initial = Omit<QuizForEdit, "id" | "attemptCount" | "timeZone"> & { id?: string };

const selectClass =
  "block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Create or edit a quiz for one of the instructor's classes. */
export function QuizForm(props: {
  initial: Initial;
  classes: { id: string; name: string }[];
  bank: BankEntry[];
  attemptCount: number;
  timeZone: string;
}) {
  const [state, action, pending] = useActionState(saveQuizAction, null);
  const v = state?.values;
  const errors = state?.fieldErrors ?? {};
  const text = (name: keyof Initial) => v?.[name] ?? String(props.initial[name] ?? "");
  const flag = (name: "shuffleQuestions" | "shuffleOptions") => (v ? v[name] === "on" : props.initial[name]);
  const chosen = new Set(
    v
      ? Object.keys(v)
          .filter((k) => k.startsWith("q:"))
          .map((k) => k.slice(2))
      : props.initial.questionIds,
  );
  const locked = props.attemptCount > 0;
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-6">
      {props.initial.id ? <input type="hidden" name="quizId" value={props.initial.id} /> : null}
      <FormError message={state?.error} />
      <Section title="Basics">
        <Choice
          label="Class"
          name="classId"
          error={errors.classId}
          defaultValue={text("classId")}
          disabled={locked}
          options={props.classes.map((c) => [c.id, c.name])}
        />
        {locked ? <input type="hidden" name="classId" value={props.initial.classId} /> : null}
        <Field label="Title" name="title" defaultValue={text("title")} error={errors.title} required maxLength={120} />
        <div className="space-y-1.5">
          <label htmlFor="description" className="block text-sm font-medium">
            Description (optional)
          </label>
          <textarea
            id="description"
            name="description"
            rows={3}
            maxLength={1000}
            defaultValue={text("description")}
            className={`${selectClass} py-2`}
          />
        </div>
      </Section>
      <Section title={`When (your time zone: ${props.timeZone})`}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Opens"
            name="openAt"
            type="datetime-local"
            defaultValue={text("openAt")}
            error={errors.openAt}
            hint="Empty: open now"
          />
          <Field
            label="Closes"
            name="closeAt"
            type="datetime-local"
            defaultValue={text("closeAt")}
            error={errors.closeAt}
            hint="Empty: never closes"
          />
          <Field
            label="Time limit (minutes)"
            name="timeLimitMin"
            inputMode="numeric"
            defaultValue={text("timeLimitMin")}
            error={errors.timeLimitMin}
            hint="Empty: no limit"
          />
          <Field
            label="Attempts allowed"
            name="maxAttempts"
            inputMode="numeric"
            defaultValue={text("maxAttempts")}
            error={errors.maxAttempts}
            hint="Empty: unlimited"
          />
        </div>
      </Section>
      <Section title="Grading and review">
        <Choice
          label="With several attempts, the grade is"
          name="gradingRule"
          defaultValue={text("gradingRule")}
          error={errors.gradingRule}
          options={[
            ["highest", "the highest attempt"],
            ["last", "the last attempt"],
            ["first", "the first attempt"],
            ["average", "the average of attempts"],
          ]}
        />
        <Choice
          label="Students see correct answers and explanations"
          name="reviewPolicy"
          defaultValue={text("reviewPolicy")}
          error={errors.reviewPolicy}
          options={[
            ["after_submit", "right after submitting"],
            ["after_close", "after the close time"],
            ["never", "never (score only)"],
          ]}
        />
        <Choice
          label="Questions are shown"
          name="layout"
          defaultValue={text("layout")}
          error={errors.layout}
          options={[
            ["one", "one per screen"],
            ["all", "all on one page"],
          ]}
        />
        <Check
          name="shuffleQuestions"
          label="Shuffle the order of questions for each attempt"
          checked={flag("shuffleQuestions")}
        />
        <Check name="shuffleOptions" label="Shuffle the options of choice questions" checked={flag("shuffleOptions")} />
      </Section>
      <Section title="Questions">
        {locked ? (
          <p className="text-sm text-amber-800 dark:text-amber-200">
            Students have started this quiz ({count(props.attemptCount, "attempt", "attempts")}), so its questions are
            fixed.
          </p>
        ) : null}
        {errors.questionIds ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {errors.questionIds}
          </p>
        ) : null}
        {locked
          ? props.initial.questionIds.map((id) => <input key={id} type="hidden" name={`q:${id}`} value="on" />)
          : null}
        <QuestionPicker bank={props.bank} chosen={chosen} disabled={locked} />
      </Section>
      <div className="sticky bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-10 -mx-4 border-t border-zinc-200 bg-zinc-50/95 px-4 py-3 backdrop-blur md:bottom-0 dark:border-zinc-800 dark:bg-zinc-950/95">
        <Button type="submit" disabled={pending} className="min-h-12 w-full sm:w-auto">
          {pending ? "Saving…" : props.initial.id ? "Save changes" : "Create quiz"}
        </Button>
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h2 className="font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Choice(props: {
  label: string;
  name: string;
  defaultValue: string;
  options: [string, string][];
  error?: string;
  disabled?: boolean;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label}
      </label>
      <select
        id={props.name}
        name={props.disabled ? undefined : props.name}
        defaultValue={props.defaultValue}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        className={selectClass}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
      <input type="checkbox" name={name} defaultChecked={checked} className="h-5 w-5 accent-accent-600" />
      {label}
    </label>
  );
}
