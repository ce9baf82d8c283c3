import { describe, expect, it } from "vitest";
import { cardsByState, forecast, reviewsByDay, streak, weekStart } from "@/lib/srs/stats";
import type { CardSnapshot } from "@/lib/srs/snapshot";

const snap = (due: string, state = 2) => ({ due, state }) as CardSnapshot;

describe("progress statistics", () => {
  it("counts reviews on the learner's local day, not the UTC day", () => {
    const logs = [
      { reviewedAt: new Date("2026-11-28T23:30:00Z"), mode: "review" }, // 24:30 in Berlin: the 29th
      { reviewedAt: new Date("2026-11-28T10:00:00Z"), mode: "practice" },
      { reviewedAt: new Date("2026-11-28T11:00:00Z"), mode: "review" },
    ];
    const days = reviewsByDay(logs, "Europe/Berlin", "2026-11-27", "2026-11-29");
    expect(days).toEqual([
      { day: "2026-11-27", reviews: 0, practice: 0 },
      { day: "2026-11-28", reviews: 2, practice: 1 },
      { day: "2026-11-29", reviews: 1, practice: 0 },
    ]);
  });

  it("keeps a streak alive until the day is over", () => {
    const days = ["2026-11-25", "2026-11-26", "2026-11-27"].map((day) => ({ day, reviews: 1, practice: 0 }));
    expect(streak([...days, { day: "2026-11-28", reviews: 0, practice: 0 }], "2026-11-28")).toBe(3);
    expect(streak([...days, { day: "2026-11-28", reviews: 4, practice: 0 }], "2026-11-28")).toBe(4);
    expect(streak(days, "2026-11-29")).toBe(0);
  });

  it("forecasts due cards per local day, overdue counted today", () => {
    const f = forecast(
      [
        snap("2026-11-20T00:00:00Z"),
        snap("2026-11-28T23:00:00Z"),
        snap("2026-11-30T12:00:00Z"),
        snap("2027-01-01T00:00:00Z"),
      ],
      "UTC",
      "2026-11-28",
      14,
    );
    expect(f).toHaveLength(14);
    expect(f.slice(0, 3).map((d) => d.due)).toEqual([2, 0, 1]);
    expect(f.reduce((n, d) => n + d.due, 0)).toBe(3);
  });

  it("sorts cards by state and starts heatmap weeks on Monday", () => {
    expect(cardsByState(9, [snap("x", 1), snap("x", 2), snap("x", 2), snap("x", 3)])).toEqual({
      new: 5,
      learning: 1,
      review: 2,
      relearning: 1,
    });
    expect(weekStart("2026-11-28")).toBe("2026-11-23"); // a Saturday → Monday
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
  });
});
