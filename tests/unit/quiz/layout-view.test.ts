import { describe, expect, it } from "vitest";
import { buildAttemptLayout } from "@/lib/quiz/layout";
import { studentQuestion, toleranceNote } from "@/lib/quiz/student-view";
import type { GradableQuestion } from "@/lib/quiz/question-types";

const items = [
  { id: "i1", type: "single", optionIds: ["a", "b", "c", "d"] },
  { id: "i2", type: "numeric" },
  { id: "i3", type: "ordering", optionIds: ["w", "x", "y", "z"], correctOrder: ["w", "x", "y", "z"] },
  { id: "i4", type: "multiple", optionIds: ["p", "q", "r", "s", "t"] },
  { id: "i5", type: "text" },
];

describe("attempt layout", () => {
  it("is the same for the same seed (a reload shows the same screen)", () => {
    const s = { shuffleQuestions: true, shuffleOptions: true };
    expect(buildAttemptLayout(items, 77, s)).toEqual(buildAttemptLayout(items, 77, s));
  });
  it("shuffles questions and options by seed when asked, and keeps them when not", () => {
    const on = { shuffleQuestions: true, shuffleOptions: true };
    const orders = new Set(Array.from({ length: 30 }, (_, s) => buildAttemptLayout(items, s + 1, on).items.join()));
    expect(orders.size).toBeGreaterThan(5);
    const off = buildAttemptLayout(items, 5, { shuffleQuestions: false, shuffleOptions: false });
    expect(off.items).toEqual(["i1", "i2", "i3", "i4", "i5"]);
    expect(off.options.i1).toEqual(["a", "b", "c", "d"]);
  });
  it("never shows ordering items in their correct order, even with option shuffling off", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const l = buildAttemptLayout(items, seed, { shuffleQuestions: false, shuffleOptions: false });
      expect(l.options.i3.join()).not.toBe("w,x,y,z");
      expect([...l.options.i3].sort()).toEqual(["w", "x", "y", "z"]);
    }
  });
});

describe("the student's view of a question", () => {
  const render = (md: string) => `<p>${md}</p>`;
  const cases: GradableQuestion[] = [
    {
      type: "single",
      options: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
      ],
      answer: "b",
    },
    {
      type: "multiple",
      options: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ],
      answer: ["a", "c"],
    },
    { type: "numeric", unit: "kB", tolerance: { rel: 0.01 }, answer: 987654 },
    { type: "text", hint: "Two words", answer: ["secret accepted text"] },
    {
      type: "ordering",
      items: [
        { id: "x", text: "X" },
        { id: "y", text: "Y" },
        { id: "z", text: "Z" },
      ],
      firstLabel: "few",
      lastLabel: "many",
      answer: ["z", "x", "y"],
    },
  ];
  it.each(cases)("carries no answer for a $type question", (q) => {
    const view = studentQuestion({
      itemId: "it",
      number: 1,
      points: 1,
      prompt: "Q?",
      question: q,
      optionOrder: undefined,
      render,
    });
    const json = JSON.stringify(view);
    expect(json).not.toMatch(/"(answer|accepted|correct|explanation|working|instance)"/);
    expect(json).not.toContain("987654");
    expect(json).not.toContain("secret accepted text");
    expect(
      Object.keys(view).every((k) =>
        [
          "itemId",
          "number",
          "type",
          "promptHtml",
          "options",
          "unit",
          "hint",
          "firstLabel",
          "lastLabel",
          "points",
        ].includes(k),
      ),
    ).toBe(true);
  });
  it("lists options in the stored order", () => {
    const view = studentQuestion({
      itemId: "it",
      number: 2,
      points: 1,
      prompt: "Q",
      question: cases[4],
      optionOrder: ["y", "z", "x"],
      render,
    });
    expect(view.options?.map((o) => o.id)).toEqual(["y", "z", "x"]);
  });
  it("explains the tolerance in words", () => {
    expect(toleranceNote({ rel: 0.01 })).toBe("Answers within 1% count as correct.");
    expect(toleranceNote({ abs: 0.5 })).toBe("Answers within ±0.5 count as correct.");
    expect(toleranceNote({})).toBe("Give the exact number.");
  });
});
