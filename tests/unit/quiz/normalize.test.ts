import { describe, expect, it } from "vitest";
import { normalizeText, parseNumberInput } from "@/lib/quiz/normalize";

describe("parseNumberInput", () => {
  it.each([
    ["101770", 101770],
    ["101,770", 101770],
    ["1,234,567.5", 1234567.5],
    ["101 770", 101770],
    ["101\u202f770", 101770],
    ["101_770", 101770],
    ["0,5", 0.5],
    ["1,5", 1.5],
    ["12.5", 12.5],
    [".5", 0.5],
    ["1.2e5", 120000],
    ["1e-3", 0.001],
    ["-3", -3],
    ["\u22123", -3],
    ["+7", 7],
  ] as const)("%j → %d", (typed, n) => expect(parseNumberInput(typed)).toBe(n));
  it.each(["", "  ", "abc", "12kB", "1,2,3", "1.2.3", "--3", "Infinity", "NaN", "1e999"])("%j → null", (typed) =>
    expect(parseNumberInput(typed)).toBeNull(),
  );
});

describe("normalizeText", () => {
  it("lower-cases, folds accents, turns punctuation into spaces and drops one leading article", () => {
    expect(normalizeText("  The  Train/Test-Gap! ")).toBe("train test gap");
    expect(normalizeText("Élan")).toBe("elan");
    expect(normalizeText("“Knee”")).toBe("knee");
    expect(normalizeText("an a")).toBe("a");
  });
});
