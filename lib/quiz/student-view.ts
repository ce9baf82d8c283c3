import type { ShownQuestion, Tolerance } from "@/lib/quiz/question-types";
import { applyOrder } from "@/lib/quiz/layout";

/**
 * What the browser gets for one question while an attempt is open. Built field by field
 * from an allow-list — never by spreading a database row — so the correct answer, the
 * accepted texts, the explanation and a generated question's working cannot ride along.
 */
export type StudentQuestion = {
  itemId: string;
  /** 1-based position on screen */
  number: number;
  type: "single" | "multiple" | "numeric" | "text" | "ordering";
  promptHtml: string;
  /** choice options, or the ordering items in their shown (shuffled) order */
  options?: { id: string; html: string }[];
  unit?: string;
  hint?: string;
  firstLabel?: string;
  lastLabel?: string;
  points: number;
};

export function toleranceNote(t: Tolerance): string {
  const parts: string[] = [];
  if (t.rel) parts.push(`within ${+(t.rel * 100).toFixed(3)}%`);
  if (t.abs) parts.push(`within ±${t.abs}`);
  return parts.length ? `Answers ${parts.join(" or ")} count as correct.` : "Give the exact number.";
}

export function studentQuestion(args: {
  itemId: string;
  number: number;
  points: number;
  prompt: string;
  question: ShownQuestion;
  /** the option/item order stored in the attempt's layout */
  optionOrder?: string[];
  render: (markdown: string) => string;
}): StudentQuestion {
  const { question: q, render } = args;
  const view: StudentQuestion = {
    itemId: args.itemId,
    number: args.number,
    type: q.type,
    promptHtml: render(args.prompt),
    points: args.points,
  };
  switch (q.type) {
    case "single":
    case "multiple":
      view.options = applyOrder(q.options, args.optionOrder).map((o) => ({ id: o.id, html: render(o.text) }));
      break;
    case "ordering":
      view.options = applyOrder(q.items, args.optionOrder).map((o) => ({ id: o.id, html: render(o.text) }));
      view.firstLabel = q.firstLabel;
      view.lastLabel = q.lastLabel;
      break;
    case "numeric":
      view.unit = q.unit;
      view.hint = toleranceNote(q.tolerance);
      break;
    case "text":
      view.hint = q.hint;
      break;
  }
  return view;
}
