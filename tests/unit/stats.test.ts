import { describe, expect, it } from "vitest";
import { median } from "@/lib/stats";

describe("median (item analysis, class dashboard, experiment timings)", () => {
  it("takes the middle value, averages the middle two of an even count, and is null for none", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("does not reorder the caller's array", () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
