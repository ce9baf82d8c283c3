import { describe, expect, it } from "vitest";
import { asGradingRule, chooseGrade, type GradedAttempt } from "@/lib/quiz/grading-rule";

const at = (number: number, score: number | null, maxScore = 10, submitted = true): GradedAttempt => ({
  number,
  score,
  maxScore,
  submittedAt: submitted ? new Date(2026, 0, number) : null,
});

describe("grading rule", () => {
  // Attempts listed out of order on purpose: the rule follows attempt numbers.
  const attempts = [at(2, 9), at(1, 4), at(3, 6), at(4, null, 10, false)];
  it.each([
    ["highest", 0.9],
    ["first", 0.4],
    ["last", 0.6],
    ["average", (0.4 + 0.9 + 0.6) / 3],
  ] as const)("%s picks %d, ignoring the unsubmitted attempt", (rule, expected) => {
    expect(chooseGrade(attempts, rule)).toBeCloseTo(expected, 10);
  });
  it("gives null when nothing was submitted", () => {
    expect(chooseGrade([at(1, null, 10, false)], "highest")).toBeNull();
    expect(chooseGrade([], "average")).toBeNull();
  });
});

describe("the stored rule", () => {
  it("reads an unknown grading rule as the schema default", () => {
    expect(asGradingRule("last")).toBe("last");
    expect(asGradingRule("best-of-three")).toBe("highest");
  });
});
