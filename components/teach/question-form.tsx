"use client";

import { useActionState, useState, type ReactNode } from "react";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { saveQuestionAction } from "@/lib/actions/questions";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";

const TYPES = [
  ["single", "Single choice", "One correct option"],
  ["multiple", "Multiple choice", "Several correct options"],
  ["numeric", "Number", "A value within a tolerance"],
  ["text", "Short text", "Typed words, case and accents ignored"],
  ["ordering", "Ordering", "Put items in the right order"],
] as const;
type QuestionType = (typeof TYPES)[number][0];

const boxClass =
  "block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Write or edit one of the instructor's own questions; the fields follow the chosen type. */
export function QuestionForm(props: {
  questionId?: string;
  initial: Record<string, string>;
  cards: { key: string; title: string }[];
  locked: boolean;
}) {
  const [state, action, pending] = useActionState(saveQuestionAction, null);
  const v: Partial<Record<string, string>> = { ...props.initial, ...(state?.values ?? {}) };
  const errors = state?.fieldErrors ?? {};
  const [type, setType] = useState<QuestionType>(TYPES.find((t) => t[0] === v.type)?.[0] ?? "single");
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="space-y-6" noValidate>
      {props.questionId ? <input type="hidden" name="questionId" value={props.questionId} /> : null}
      <FormError message={state && !state.ok ? state.error : undefined} />
      <fieldset disabled={props.locked} className="space-y-6">
        <Section title="Type">
          <div className="grid gap-2 sm:grid-cols-2">
            {TYPES.map(([value, label, hint]) => (
              <label
                key={value}
                className="flex min-h-14 cursor-pointer flex-col justify-center rounded-xl border border-zinc-300 bg-white px-3 py-2 has-[:checked]:border-accent-500 has-[:checked]:ring-2 has-[:checked]:ring-accent-200 dark:border-zinc-700 dark:bg-zinc-900"
              >
                <span className="flex items-center gap-2 font-semibold">
                  <input
                    type="radio"
                    name="type"
                    value={value}
                    checked={type === value}
                    onChange={() => setType(value)}
                    className="accent-accent-600"
                  />
                  {label}
                </span>
                <span className="text-xs text-zinc-500">{hint}</span>
              </label>
            ))}
          </div>
        </Section>
        <Section title="Question">
          <Area
            name="prompt"
            label="Question (Markdown; $math$ with KaTeX)"
            rows={4}
            value={v.prompt}
            error={errors.prompt}
          />
          {type === "single" || type === "multiple" ? (
            <Area
              name="options"
              label="Options, one per line"
              hint={type === "single" ? "Start the one correct option with *" : "Start every correct option with *"}
              rows={5}
              value={v.options}
              error={errors.options}
            />
          ) : null}
          {type === "numeric" ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                label="Correct answer"
                name="answer"
                inputMode="decimal"
                defaultValue={v.answer}
                error={errors.answer}
              />
              <Field label="Unit (optional)" name="unit" defaultValue={v.unit} error={errors.unit} />
              <Field
                label="Counts if within ± (absolute, optional)"
                name="tolAbs"
                inputMode="decimal"
                defaultValue={v.tolAbs}
                error={errors.tolAbs}
              />
              <Field
                label="…or within ± % (relative, optional)"
                name="tolPct"
                inputMode="decimal"
                defaultValue={v.tolPct}
                error={errors.tolPct}
              />
            </div>
          ) : null}
          {type === "text" ? (
            <>
              <Area
                name="accepted"
                label="Accepted answers, one per line"
                hint="Case, accents and punctuation are ignored"
                rows={3}
                value={v.accepted}
                error={errors.accepted}
              />
              <Field
                label="Hint shown with the answer box (optional)"
                name="hint"
                defaultValue={v.hint}
                error={errors.hint}
              />
            </>
          ) : null}
          {type === "ordering" ? (
            <>
              <Area
                name="items"
                label="Items in the correct order, one per line"
                hint="Students see them scrambled"
                rows={5}
                value={v.items}
                error={errors.items}
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <Field
                  label="The first position means"
                  name="firstLabel"
                  placeholder="fewest parameters"
                  defaultValue={v.firstLabel}
                  error={errors.firstLabel}
                />
                <Field
                  label="The last position means"
                  name="lastLabel"
                  placeholder="most parameters"
                  defaultValue={v.lastLabel}
                  error={errors.lastLabel}
                />
              </div>
            </>
          ) : null}
        </Section>
        <Section title="After submitting">
          <Area
            name="explanation"
            label="Explanation"
            hint="Shown with the correct answer, when the quiz's review policy allows"
            rows={4}
            value={v.explanation}
            error={errors.explanation}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="Points"
              name="points"
              inputMode="decimal"
              defaultValue={v.points || "1"}
              error={errors.points}
            />
            <div className="space-y-1.5">
              <label htmlFor="cardKey" className="block text-sm font-medium">
                Linked card (optional)
              </label>
              <select id="cardKey" name="cardKey" defaultValue={v.cardKey ?? ""} className={`${boxClass} min-h-11`}>
                <option value="">None</option>
                {props.cards.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.title}
                  </option>
                ))}
              </select>
              {errors.cardKey ? (
                <p role="alert" className="text-sm text-red-600 dark:text-red-400">
                  {errors.cardKey}
                </p>
              ) : null}
            </div>
          </div>
        </Section>
      </fieldset>
      {props.locked ? null : (
        <Button type="submit" disabled={pending} className="min-h-12 w-full sm:w-auto">
          {pending ? "Saving…" : props.questionId ? "Save question" : "Create question"}
        </Button>
      )}
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

function Area(props: { name: string; label: string; hint?: string; rows: number; value?: string; error?: string }) {
  const described = [props.error ? `${props.name}-error` : null, props.hint ? `${props.name}-hint` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label}
      </label>
      <textarea
        id={props.name}
        name={props.name}
        rows={props.rows}
        defaultValue={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        className={`${boxClass} ${props.error ? "border-red-500" : ""}`}
      />
      {props.hint ? (
        <p id={`${props.name}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.name}-error`} role="alert" className="text-sm text-red-600 dark:text-red-400">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
