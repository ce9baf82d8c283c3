import { describe, expect, it } from "vitest";
import {
  countDue,
  queryProgress,
  retentionDistribution,
  todayBounds,
  type StudentProgress,
} from "@/lib/classes/progress";
import { progressQuerySchema } from "@/lib/validation/classes";

const row = (name: string, over: Partial<StudentProgress> = {}): StudentProgress => ({
  id: name,
  name,
  email: `${name.toLowerCase()}@example.edu`,
  timeZone: "UTC",
  joinedAt: new Date(0),
  studied: 0,
  due: 0,
  overdue: 0,
  retention: null,
  retentionBase: 0,
  reviews30: 0,
  lastActive: null,
  proofs: 0,
  proofRuns: 0,
  quizGrades: {},
  quizMean: null,
  ...over,
});

describe("due and overdue by the student's calendar day", () => {
  it("uses Berlin's 23-hour day on the spring DST change", () => {
    // 29 March 2026 in Berlin runs from 28 Mar 23:00 UTC to 29 Mar 22:00 UTC (clocks jump at 02:00).
    const today = todayBounds("Europe/Berlin", new Date("2026-03-29T12:00:00Z"));
    expect(new Date(today.startOfToday).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(today.endOfToday).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    const states = [
      { due: new Date("2026-03-28T22:59:00Z"), state: 2, reps: 3 }, // 23:59 on the 28th: overdue
      { due: new Date("2026-03-29T21:59:00Z"), state: 2, reps: 3 }, // 23:59 local today: due
      { due: new Date("2026-03-29T22:00:00Z"), state: 2, reps: 3 }, // midnight: tomorrow
      { due: new Date("2026-03-01T00:00:00Z"), state: 0, reps: 0 }, // new: never due, not studied
    ];
    expect(countDue(states, today)).toEqual({ studied: 3, due: 2, overdue: 1 });
  });
});

describe("the progress table query", () => {
  const rows = [
    row("Cy", { retention: null, due: 5, lastActive: new Date("2026-01-03") }),
    row("ana", { retention: 0.9, due: 1, lastActive: new Date("2026-01-01") }),
    row("Ben", { retention: 0.7, due: 1, lastActive: null }),
  ];
  const q = (over: Record<string, string>) => progressQuerySchema.parse(over);

  it("sorts names without regard to case, numbers both ways, missing values always last", () => {
    expect(queryProgress(rows, q({}), 50).rows.map((r) => r.name)).toEqual(["ana", "Ben", "Cy"]);
    expect(queryProgress(rows, q({ sort: "retention", dir: "desc" }), 50).rows.map((r) => r.name)).toEqual([
      "ana",
      "Ben",
      "Cy",
    ]);
    expect(queryProgress(rows, q({ sort: "retention", dir: "asc" }), 50).rows.map((r) => r.name)).toEqual([
      "Ben",
      "ana",
      "Cy",
    ]);
    expect(queryProgress(rows, q({ sort: "active", dir: "desc" }), 50).rows.map((r) => r.name)).toEqual([
      "Cy",
      "ana",
      "Ben",
    ]);
    // Ties (due 1 and 1) fall back to the name.
    expect(queryProgress(rows, q({ sort: "due", dir: "asc" }), 50).rows.map((r) => r.name)).toEqual([
      "ana",
      "Ben",
      "Cy",
    ]);
  });

  it("searches names and emails, and clamps the page", () => {
    expect(queryProgress(rows, q({ q: "BEN@" }), 50).rows.map((r) => r.name)).toEqual(["Ben"]);
    const paged = queryProgress(rows, q({ page: "9" }), 2);
    expect(paged).toMatchObject({ page: 2, pages: 2, total: 3 });
    expect(paged.rows.map((r) => r.name)).toEqual(["Cy"]);
  });

  it("ignores nonsense in the URL instead of failing", () => {
    expect(q({ sort: "drop table", dir: "sideways", page: "-1", q: "x".repeat(500) })).toEqual({
      q: "",
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });

  it("puts students into retention bands, skipping those without data", () => {
    const bands = retentionDistribution([
      { retention: 0.49 },
      { retention: 0.5 },
      { retention: 0.899 },
      { retention: 0.9 },
      { retention: 1 },
      { retention: null },
    ]);
    expect(bands.map((b) => b.count)).toEqual([1, 1, 0, 0, 1, 2]);
  });
});
