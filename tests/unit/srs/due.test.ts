import { describe, expect, it } from "vitest";
import { dueByEndOfToday, isDue } from "@/lib/srs/due";
import { countDue as countForLearner, type QueueItem } from "@/lib/srs/queue";
import { countDue as countForInstructor, todayBounds } from "@/lib/classes/progress";
import type { CardSnapshot } from "@/lib/srs/snapshot";

const snap = (due: string, state: number): CardSnapshot => ({
  due,
  stability: 5,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: state ? 2 : 0,
  lapses: 0,
  state,
  lastReview: null,
});

describe("one meaning of due for the learner and the instructor", () => {
  it("due before the end of the local day; a new card is never due", () => {
    const by = dueByEndOfToday(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin"); // 29 Mar ends 22:00 UTC
    expect(isDue(snap("2026-03-29T21:59:00Z", 2), by)).toBe(true);
    expect(isDue(snap("2026-03-29T22:00:00Z", 2), by)).toBe(false);
    expect(isDue(snap("2026-03-01T00:00:00Z", 0), by)).toBe(false); // a New-state row
    expect(isDue(null, by)).toBe(false);
    expect(isDue({ due: new Date("2026-03-29T21:59:00Z"), state: 1 }, by.getTime())).toBe(true); // Date and ms forms
  });

  it("the study dashboard and the class table count the same cards as due today", () => {
    const now = new Date("2026-03-29T12:00:00Z");
    const tz = "Europe/Berlin";
    const states = [
      snap("2026-03-20T08:00:00Z", 2),
      snap("2026-03-29T21:59:00Z", 1),
      snap("2026-03-29T22:00:00Z", 2),
      snap("2026-03-29T10:00:00Z", 3),
      snap("2026-03-01T00:00:00Z", 0),
    ];
    const items: QueueItem[] = states.map((state, i) => ({ id: String(i), position: i, state }));
    const learner = countForLearner(items, { dueBy: dueByEndOfToday(now, tz), newLimit: 0 });
    const instructor = countForInstructor(
      states.map((s) => ({ due: new Date(s.due), state: s.state, reps: s.reps })),
      todayBounds(tz, now),
    );
    expect(learner.learning + learner.review).toBe(3);
    expect(instructor.due).toBe(3);
  });
});
