import { describe, expect, it } from "vitest";
import { count, plural } from "@/lib/plural";

describe("counts in words (Intl.PluralRules + NumberFormat)", () => {
  it("one, zero, many and fractions take the right form", () => {
    expect(count(1, "review", "reviews")).toBe("1 review");
    expect(count(0, "review", "reviews")).toBe("0 reviews");
    expect(count(2, "card", "cards")).toBe("2 cards");
    expect(count(1.5, "point", "points")).toBe("1.5 points");
    expect(plural(1, "student", "students")).toBe("student");
    expect(plural(21, "student", "students")).toBe("students"); // English: only 1 is "one"
  });

  it("groups digits", () => {
    expect(count(5_200_000, "log", "logs")).toBe("5,200,000 logs");
  });
});

describe("days in words (Intl.RelativeTimeFormat)", () => {
  it("says today, tomorrow, yesterday, in n days and n days ago", async () => {
    const { describeDays } = await import("@/lib/srs/format");
    expect([0, 1, -1, 4, -5].map(describeDays)).toEqual(["today", "tomorrow", "yesterday", "in 4 days", "5 days ago"]);
  });
});
