import { describe, expect, it } from "vitest";
import { randomGuessScore } from "@/lib/quiz/random-guess";
import { grade } from "@/lib/quiz/grade";
import type { GradableQuestion } from "@/lib/quiz/question-types";

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `Option ${i}` }));

/** Every order of a list (n! of them). */
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe("random guess score (Moodle's definition: the mean mark of a blind guess)", () => {
  it("single choice: 1 / number of options, the mean over every option a guesser could pick", () => {
    // 4 options, one right: guesses score 1, 0, 0, 0 → mean 1/4. With 5 options: 1/5.
    expect(randomGuessScore("single", JSON.stringify({ options: options(4) }))).toBe(0.25);
    expect(randomGuessScore("single", JSON.stringify({ options: options(5) }))).toBeCloseTo(0.2, 12);
    // The same number from the real grader, averaged over every possible pick.
    const q: GradableQuestion = { type: "single", options: options(4), answer: "o2" };
    const mean = options(4).reduce((s, o) => s + grade(q, o.id).fraction, 0) / 4;
    expect(mean).toBe(randomGuessScore("single", JSON.stringify({ options: options(4) })));
  });

  it("ordering: ½, because a blind order puts each pair the right way round half the time", () => {
    // 4 items: 24 orders. Kendall credit per order = pairs in the right order / 6; by symmetry
    // (reversing an order flips every pair) the 24 scores pair up to 1, so the mean is ½.
    const items = options(4);
    const q: GradableQuestion = {
      type: "ordering",
      items,
      firstLabel: "first",
      lastLabel: "last",
      answer: items.map((i) => i.id),
    };
    const all = permutations(items.map((i) => i.id));
    expect(all).toHaveLength(24);
    const mean = all.reduce((s, order) => s + grade(q, order).fraction, 0) / all.length;
    expect(mean).toBeCloseTo(0.5, 12);
    expect(randomGuessScore("ordering", JSON.stringify({ items, firstLabel: "first", lastLabel: "last" }))).toBe(0.5);
  });

  it("typed answers score 0 by guessing; multiple choice is not estimated (as in Moodle)", () => {
    expect(randomGuessScore("numeric", JSON.stringify({ tolerance: {} }))).toBe(0);
    expect(randomGuessScore("text", "{}")).toBe(0);
    expect(randomGuessScore("generated", JSON.stringify({ generator: "mlp-params" }))).toBe(0);
    expect(randomGuessScore("multiple", JSON.stringify({ options: options(4) }))).toBeNull();
  });

  it("a corrupt row or an unknown type gives no estimate instead of failing the page", () => {
    expect(randomGuessScore("single", "not json")).toBeNull();
    expect(randomGuessScore("single", "{}")).toBeNull();
    expect(randomGuessScore("essay", "{}")).toBeNull();
  });
});
