import type { QuestionFormInput } from "@/lib/validation/question";
import { parseStoredQuestion } from "@/lib/quiz/question-types";

/**
 * An instructor's question between its form and its row: the same `data` (what a student
 * sees) and `answer` (never sent before submission) columns as a content-bank question.
 * Option and item ids are random, not "a, b, c": ordering items are shown sorted by id, and
 * ids in the correct order would give the order away.
 */
export function toStoredAuthored(
  q: QuestionFormInput,
  makeId: () => string,
): { type: string; data: string; answer: string } {
  const ids = (n: number) => {
    const out = new Set<string>();
    while (out.size < n) out.add(makeId());
    return [...out];
  };
  switch (q.type) {
    case "single":
    case "multiple": {
      const id = ids(q.options.length);
      const options = q.options.map((o, i) => ({ id: id[i], text: o.text }));
      const right = options.filter((_, i) => q.options[i].correct).map((o) => o.id);
      return {
        type: q.type,
        data: JSON.stringify({ options }),
        answer: JSON.stringify(q.type === "single" ? right[0] : right),
      };
    }
    case "numeric":
      return {
        type: q.type,
        data: JSON.stringify({ unit: q.unit, tolerance: q.tolerance }),
        answer: JSON.stringify(q.answer),
      };
    case "text":
      return { type: q.type, data: JSON.stringify({ hint: q.hint }), answer: JSON.stringify(q.accepted) };
    case "ordering": {
      const id = ids(q.items.length);
      const items = q.items.map((text, i) => ({ id: id[i], text }));
      return {
        type: q.type,
        data: JSON.stringify({
          items: [...items].sort((a, b) => a.id.localeCompare(b.id)),
          firstLabel: q.firstLabel,
          lastLabel: q.lastLabel,
        }),
        answer: JSON.stringify(items.map((i) => i.id)),
      };
    }
  }
}

/** A stored question back into the form's text fields (for editing). */
export function authoredToForm(type: string, data: string, answer: string): Record<string, string> {
  const q = parseStoredQuestion(type, data, answer);
  switch (q.type) {
    case "single":
    case "multiple": {
      const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
      return { options: q.options.map((o) => `${right.has(o.id) ? "* " : ""}${o.text}`).join("\n") };
    }
    case "numeric":
      return {
        answer: String(q.answer),
        unit: q.unit ?? "",
        tolAbs: q.tolerance.abs === undefined ? "" : String(q.tolerance.abs),
        tolPct: q.tolerance.rel === undefined ? "" : String(Math.round(q.tolerance.rel * 1e6) / 1e4),
      };
    case "text":
      return { accepted: q.answer.join("\n"), hint: q.hint ?? "" };
    case "ordering": {
      const text = new Map(q.items.map((i) => [i.id, i.text]));
      return {
        items: q.answer.map((id) => text.get(id) ?? "").join("\n"),
        firstLabel: q.firstLabel,
        lastLabel: q.lastLabel,
      };
    }
  }
}
