import { describe, expect, it } from "vitest";
import { rescheduleCard, type Graded } from "@/lib/srs/reschedule";
import { createScheduler, srsSettings, type Rating } from "@/lib/srs/scheduler";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { parseWeights } from "@/lib/srs/weights";
import { TRUE_WEIGHTS } from "@/tests/support/fsrs-synthetic";

const t = (day: number, minute = 0) => new Date(Date.UTC(2026, 2, 20 + day, 8, minute));
// A new card through its learning steps, a lapse and its relearning step, across the
// Berlin daylight-saving change (29 March).
const grades: Graded[] = [
  { rating: 3, reviewedAt: t(0) },
  { rating: 3, reviewedAt: t(0, 11) },
  { rating: 3, reviewedAt: t(2) },
  { rating: 1, reviewedAt: t(9) },
  { rating: 3, reviewedAt: t(9, 12) },
  { rating: 4, reviewedAt: t(12) },
];

function gradeAll(settings: ReturnType<typeof srsSettings>) {
  const scheduler = createScheduler(settings);
  let state: CardSnapshot | null = null;
  for (const g of grades) state = scheduler.grade(state, g.rating as Rating, g.reviewedAt).after;
  return state;
}

describe("rescheduling a card from its grades (ts-fsrs reschedule)", () => {
  const base = srsSettings({ desiredRetention: 0.9, timeZone: "Europe/Berlin" });

  it("gives back exactly the state the grades produced, with the weights they were made with", () => {
    expect(rescheduleCard(grades, base)).toEqual(gradeAll(base));
    const own = srsSettings({
      desiredRetention: 0.85,
      timeZone: "Europe/Berlin",
      fsrsWeights: JSON.stringify(TRUE_WEIGHTS),
    });
    expect(rescheduleCard(grades, own)).toEqual(gradeAll(own));
  });

  it("with other weights, the same grades give another memory state and due day, and the grades are untouched", () => {
    const copy = structuredClone(grades);
    const own = srsSettings({
      desiredRetention: 0.9,
      timeZone: "Europe/Berlin",
      fsrsWeights: JSON.stringify(TRUE_WEIGHTS),
    });
    const a = rescheduleCard(grades, base)!;
    const b = rescheduleCard(grades, own)!;
    expect(b.stability).not.toBeCloseTo(a.stability, 2);
    // After the first review of days the two sets of weights land on different days (11 against 5).
    expect(rescheduleCard(grades.slice(0, 3), own)!.due).not.toBe(rescheduleCard(grades.slice(0, 3), base)!.due);
    expect(b).toMatchObject({ reps: a.reps, lapses: a.lapses, lastReview: a.lastReview, state: a.state });
    expect(grades).toEqual(copy);
  });

  it("a card with no counted grades has no state", () => {
    expect(rescheduleCard([], base)).toBeNull();
  });
});

describe("the weights on the user row", () => {
  it("are used only when they are 21 finite numbers", () => {
    expect(parseWeights(JSON.stringify(TRUE_WEIGHTS))).toEqual([...TRUE_WEIGHTS]);
    for (const bad of [
      null,
      "",
      "nonsense",
      "[1,2,3]",
      JSON.stringify([...TRUE_WEIGHTS.slice(0, 20), null]),
      '{"w":1}',
    ])
      expect(parseWeights(bad)).toBeNull();
    expect(srsSettings({ desiredRetention: 0.9, timeZone: "UTC", fsrsWeights: "[1,2]" }).weights).toBeNull();
  });
});
