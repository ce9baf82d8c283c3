import type { GradableQuestion, QuizResponse, Tolerance } from "@/lib/quiz/question-types";
import { parseNumberInput, textMatches } from "@/lib/quiz/normalize";

/**
 * Grading rules, one per type. Each returns the fraction 0–1 of the item's points.
 *
 * - single: 1 for the correct option, else 0.
 * - multiple: (right picks / correct options) − (wrong picks / wrong options), floored at
 *   0. Ticking every box therefore scores exactly 0, and so does ticking nothing.
 * - numeric: 1 when |given − answer| ≤ max(abs, rel·|answer|) (edges included), else 0.
 * - text: 1 when the answer matches an accepted answer after normalization, else 0.
 * - ordering: the fraction of item pairs placed in the correct relative order (Kendall):
 *   one adjacent swap in four items keeps 5/6, a fully reversed order scores 0.
 * An unanswered question (null) scores 0.
 */
export type Verdict = "correct" | "partial" | "wrong" | "unanswered";
export type Graded = { fraction: number; verdict: Verdict };

// Tolerance edges are inclusive; a relative epsilon keeps 0.1 + 0.2-style float error from
// turning an exactly-on-the-edge answer into a wrong one.
const EPS = 1e-9;

export function withinTolerance(given: number, answer: number, tol: Tolerance): boolean {
  const allowed = Math.max(tol.abs ?? 0, (tol.rel ?? 0) * Math.abs(answer));
  return Math.abs(given - answer) <= allowed + EPS * Math.max(1, Math.abs(answer));
}

export function gradeMultiple(correct: string[], optionIds: string[], picks: string[]): number {
  const right = new Set(correct);
  const wrongCount = optionIds.length - right.size;
  const picked = new Set(picks);
  let hits = 0;
  let misses = 0;
  for (const id of picked) {
    if (right.has(id)) hits++;
    else if (optionIds.includes(id)) misses++;
  }
  const score = hits / right.size - (wrongCount ? misses / wrongCount : 0);
  return Math.max(0, score);
}

export function gradeOrdering(correct: string[], given: string[]): number {
  const rank = new Map(given.map((id, i) => [id, i]));
  let pairs = 0;
  let inOrder = 0;
  for (let i = 0; i < correct.length; i++) {
    for (let j = i + 1; j < correct.length; j++) {
      pairs++;
      const a = rank.get(correct[i]);
      const b = rank.get(correct[j]);
      if (a !== undefined && b !== undefined && a < b) inOrder++;
    }
  }
  return pairs ? inOrder / pairs : 0;
}

function fraction(q: GradableQuestion, r: Exclude<QuizResponse, null>): number {
  switch (q.type) {
    case "single":
      return r === q.answer ? 1 : 0;
    case "multiple":
      return Array.isArray(r)
        ? gradeMultiple(
            q.answer,
            q.options.map((o) => o.id),
            r,
          )
        : 0;
    case "numeric": {
      const n = typeof r === "string" ? parseNumberInput(r) : null;
      return n !== null && withinTolerance(n, q.answer, q.tolerance) ? 1 : 0;
    }
    case "text":
      return typeof r === "string" && q.answer.some((a) => textMatches(r, a)) ? 1 : 0;
    case "ordering":
      return Array.isArray(r) && r.length === q.items.length ? gradeOrdering(q.answer, r) : 0;
  }
}

function isBlank(r: QuizResponse): r is null {
  return r === null || (typeof r === "string" && !r.trim()) || (Array.isArray(r) && r.length === 0);
}

export function grade(q: GradableQuestion, r: QuizResponse): Graded {
  if (isBlank(r)) return { fraction: 0, verdict: "unanswered" };
  const f = Math.min(1, Math.max(0, fraction(q, r)));
  return { fraction: f, verdict: f >= 1 - EPS ? "correct" : f > 0 ? "partial" : "wrong" };
}
