import { describe, expect, it } from "vitest";
import { grade, gradeMultiple, gradeOrdering, withinTolerance } from "@/lib/quiz/grade";
import type { GradableQuestion } from "@/lib/quiz/question-types";

const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

describe("single choice", () => {
  const q: GradableQuestion = { type: "single", options: opts("a", "b", "c"), answer: "b" };
  it("scores the right option 1 and any other 0", () => {
    expect(grade(q, "b")).toEqual({ fraction: 1, verdict: "correct" });
    expect(grade(q, "a")).toEqual({ fraction: 0, verdict: "wrong" });
  });
  it("scores no answer as unanswered", () => {
    expect(grade(q, null)).toEqual({ fraction: 0, verdict: "unanswered" });
    expect(grade(q, "")).toEqual({ fraction: 0, verdict: "unanswered" });
  });
});

describe("multiple choice: partial credit, wrong picks deduct, floor at 0", () => {
  // 2 correct (a, b) and 3 wrong (c, d, e)
  const q: GradableQuestion = { type: "multiple", options: opts("a", "b", "c", "d", "e"), answer: ["a", "b"] };
  it.each([
    [["a", "b"], 1, "correct"],
    [["a"], 0.5, "partial"],
    [["a", "b", "c"], 1 - 1 / 3, "partial"],
    [["a", "c"], 0.5 - 1 / 3, "partial"],
    [["a", "c", "d"], 0, "wrong"], // 0.5 − 2/3 < 0 → floored
    [["c"], 0, "wrong"],
    [["a", "b", "c", "d", "e"], 0, "wrong"], // ticking every box scores exactly zero
  ] as const)("%j scores %d", (picks, expected, verdict) => {
    const g = grade(q, [...picks]);
    expect(g.fraction).toBeCloseTo(expected, 12);
    expect(g.verdict).toBe(verdict);
  });
  it("gives exactly 0 for selecting all options, whatever the mix", () => {
    for (const [correct, all] of [
      [["a"], ["a", "b"]],
      [
        ["a", "b", "c"],
        ["a", "b", "c", "d"],
      ],
      [["x"], ["x", "y", "z", "w", "v"]],
    ]) {
      expect(gradeMultiple(correct, all, all)).toBe(0);
    }
  });
  it("ignores ids that are not options and counts repeats once", () => {
    expect(gradeMultiple(["a"], ["a", "b"], ["a", "a", "zz"])).toBe(1);
  });
  it("scores an empty selection as unanswered", () => {
    expect(grade(q, [])).toEqual({ fraction: 0, verdict: "unanswered" });
  });
});

describe("numeric with tolerance", () => {
  it("accepts exactly the answer with no tolerance, and nothing else", () => {
    const q: GradableQuestion = { type: "numeric", tolerance: {}, answer: 101770 };
    expect(grade(q, "101770").verdict).toBe("correct");
    expect(grade(q, "101,770").verdict).toBe("correct");
    expect(grade(q, "101 770").verdict).toBe("correct");
    expect(grade(q, "101771").verdict).toBe("wrong");
    expect(grade(q, "101769").verdict).toBe("wrong");
    expect(grade(q, "lots").verdict).toBe("wrong");
  });
  it("includes the absolute edge and refuses just past it", () => {
    const q: GradableQuestion = { type: "numeric", tolerance: { abs: 0.5 }, answer: 10 };
    expect(grade(q, "10.5").verdict).toBe("correct");
    expect(grade(q, "9.5").verdict).toBe("correct");
    expect(grade(q, "10.5001").verdict).toBe("wrong");
    expect(grade(q, "9.4999").verdict).toBe("wrong");
  });
  it("includes the relative edge and refuses just past it", () => {
    const q: GradableQuestion = { type: "numeric", tolerance: { rel: 0.01 }, answer: 203.54 };
    // 1% of 203.54 is 2.0354
    expect(grade(q, String(203.54 + 2.0354)).verdict).toBe("correct");
    expect(grade(q, String(203.54 - 2.0354)).verdict).toBe("correct");
    expect(grade(q, "205.6").verdict).toBe("wrong");
    expect(grade(q, "201.5").verdict).toBe("wrong");
  });
  it("uses the larger of absolute and relative tolerance", () => {
    expect(withinTolerance(0.4, 0, { abs: 0.5, rel: 0.1 })).toBe(true); // rel of 0 is 0; abs rescues it
    expect(withinTolerance(1090, 1000, { abs: 1, rel: 0.1 })).toBe(true);
    expect(withinTolerance(1101, 1000, { abs: 1, rel: 0.1 })).toBe(false);
  });
  it("is not fooled by floating-point error on the edge", () => {
    expect(withinTolerance(0.1 + 0.2, 0.2, { abs: 0.1 })).toBe(true);
    expect(withinTolerance(4, 4.000000000001, {})).toBe(true);
  });
  it("handles negative answers symmetrically", () => {
    const q: GradableQuestion = { type: "numeric", tolerance: { rel: 0.1 }, answer: -50 };
    expect(grade(q, "-55").verdict).toBe("correct");
    expect(grade(q, "−45").verdict).toBe("correct"); // a typographic minus
    expect(grade(q, "-56").verdict).toBe("wrong");
    expect(grade(q, "50").verdict).toBe("wrong");
  });
});

describe("short text: normalized match on accepted answers", () => {
  const q: GradableQuestion = { type: "text", answer: ["weight sharing", "parameter sharing"] };
  it.each([
    "weight sharing",
    "Weight Sharing",
    "  weight   sharing. ",
    "weight-sharing",
    "WEIGHT_SHARING!",
    "the weight sharing",
    "weightsharing",
    "Ｗｅｉｇｈｔ ｓｈａｒｉｎｇ",
    "parameter sharing",
  ])("accepts %j", (typed) => expect(grade(q, typed).verdict).toBe("correct"));
  it.each(["weight", "sharing weights", "weight sharings", "dropout", "weight  shar ing x"])("refuses %j", (typed) =>
    expect(grade(q, typed).verdict).toBe("wrong"),
  );
  it("folds accents and compatibility forms", () => {
    const q2: GradableQuestion = { type: "text", answer: ["generalisation gap"] };
    expect(grade(q2, "Généralisation gap").verdict).toBe("correct");
    const q3: GradableQuestion = { type: "text", answer: ["café"] };
    expect(grade(q3, "CAFE").verdict).toBe("correct");
    expect(grade(q3, "cafe\u0301").verdict).toBe("correct"); // combining accent
  });
  it("treats whitespace-only as unanswered and punctuation-only as wrong", () => {
    expect(grade(q, "   ").verdict).toBe("unanswered");
    expect(grade(q, "?!").verdict).toBe("wrong");
  });
});

describe("ordering: fraction of pairs in the right relative order", () => {
  const q: GradableQuestion = {
    type: "ordering",
    items: opts("a", "b", "c", "d"),
    firstLabel: "first",
    lastLabel: "last",
    answer: ["a", "b", "c", "d"],
  };
  it.each([
    [["a", "b", "c", "d"], 1],
    [["b", "a", "c", "d"], 5 / 6], // one adjacent swap loses 1 of 6 pairs
    [["a", "b", "d", "c"], 5 / 6],
    [["d", "a", "b", "c"], 3 / 6], // d before all three: 3 pairs wrong
    [["d", "c", "b", "a"], 0], // fully reversed
  ] as const)("%j scores %d", (order, expected) => {
    expect(grade(q, [...order]).fraction).toBeCloseTo(expected, 12);
  });
  it("gives 0 to a response that is not a full ordering", () => {
    expect(grade(q, ["a", "b"]).fraction).toBe(0);
    expect(gradeOrdering(["a", "b", "c"], ["a", "x", "c"])).toBeCloseTo(1 / 3, 12);
  });
});
