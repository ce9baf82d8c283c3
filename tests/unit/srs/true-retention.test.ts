import { describe, expect, it } from "vitest";
import { trueRetention } from "@/lib/srs/true-retention";

describe("true retention", () => {
  it("counts only graded review-state cards, not learning steps, practice or undone grades", () => {
    const r = trueRetention([
      { rating: 3, prevState: 2 },
      { rating: 1, prevState: 2 },
      { rating: 4, prevState: 2 },
      { rating: 2, prevState: 2 },
      { rating: 1, prevState: 1 }, // learning step
      { rating: 3, prevState: 0 }, // new card
      { rating: 1, prevState: 2, mode: "practice" },
      { rating: 1, prevState: 2, undoneAt: new Date() },
    ]);
    expect(r).toEqual({ rate: 0.75, passed: 3, total: 4 });
  });
  it("is null with no review-state grades", () => {
    expect(trueRetention([{ rating: 3, prevState: 0 }]).rate).toBeNull();
  });
});
