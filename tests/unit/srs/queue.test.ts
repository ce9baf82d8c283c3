import { describe, expect, it } from "vitest";
import { buildQueue, countDue, dueKind, newCardsLeft, requeue, type QueueItem } from "@/lib/srs/queue";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { endOfLocalDay } from "@/lib/time/local-day";

const snap = (due: string, state = 2): CardSnapshot => ({
  due,
  stability: 5,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: state === 2 ? 3 : 0,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state,
  lastReview: "2026-01-01T00:00:00.000Z",
});
const item = (id: string, position: number, state: CardSnapshot | null): QueueItem => ({ id, position, state });

describe("due by the learner's local calendar day", () => {
  it("counts anything due before local midnight as due today, on a 23-hour spring-forward day", () => {
    const tz = "Europe/Berlin"; // 2026-03-29 has 23 hours
    const now = new Date("2026-03-28T23:30:00Z"); // 00:30 local on the 29th
    const dueBy = endOfLocalDay(now, tz);
    expect(dueKind(snap("2026-03-29T21:30:00Z"), dueBy)).toBe("review"); // 23:30 local, same day
    expect(dueKind(snap("2026-03-29T22:10:00Z"), dueBy)).toBeNull(); // 00:10 on the 30th
    // "now + 24 hours" would wrongly include 00:10 on the 30th.
    expect(new Date("2026-03-29T22:10:00Z").getTime()).toBeLessThan(now.getTime() + 86_400_000);
  });

  it("keeps a card due at 23:30 on a 25-hour fall-back day due today", () => {
    const tz = "Europe/Berlin"; // 2026-10-25 has 25 hours
    const now = new Date("2026-10-24T22:10:00Z"); // 00:10 local on the 25th
    const dueAt = new Date("2026-10-25T22:30:00Z"); // 23:30 local on the 25th
    expect(dueKind(snap(dueAt.toISOString()), endOfLocalDay(now, tz))).toBe("review");
    expect(dueAt.getTime()).toBeGreaterThan(now.getTime() + 86_400_000); // a 24-hour window would miss it
  });
});

describe("session queue", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const dueBy = endOfLocalDay(now, "UTC");
  const cards = [
    item("new3", 3, null),
    item("new1", 1, null),
    item("later", 9, snap("2026-11-29T08:00:00Z")),
    item("review", 7, snap("2026-11-27T00:00:00Z")),
    item("learnLater", 8, snap("2026-11-28T12:05:00Z", 1)),
    item("learnNow", 6, snap("2026-11-28T11:59:00Z", 3)),
    item("new2", 2, null),
  ];

  it("shows learning cards whose step has come, reviews, new cards in deck order, then later learning", () => {
    expect(buildQueue(cards, { mode: "review", now, dueBy, newLimit: 20 }).map((c) => c.id)).toEqual([
      "learnNow",
      "review",
      "new1",
      "new2",
      "new3",
      "learnLater",
    ]);
  });

  it("respects the daily new-card limit, counting cards already started today", () => {
    expect(newCardsLeft(20, 0)).toBe(20);
    expect(newCardsLeft(3, 2)).toBe(1);
    expect(newCardsLeft(3, 5)).toBe(0);
    expect(buildQueue(cards, { mode: "review", now, dueBy, newLimit: newCardsLeft(3, 2) }).map((c) => c.id)).toEqual([
      "learnNow",
      "review",
      "new1",
      "learnLater",
    ]);
    expect(buildQueue(cards, { mode: "review", now, dueBy, newLimit: 0 }).filter((c) => !c.state)).toHaveLength(0);
    expect(countDue(cards, { dueBy, newLimit: 2 })).toEqual({ learning: 2, review: 1, new: 2, newInDeck: 3, total: 5 });
  });

  it("practice offers every card, soonest due first, without a limit", () => {
    expect(buildQueue(cards, { mode: "practice", now, dueBy, newLimit: 0 }).map((c) => c.id)).toEqual([
      "review",
      "learnNow",
      "learnLater",
      "later",
      "new1",
      "new2",
      "new3",
    ]);
  });

  it("brings a card back today only when it is due again today (review) or failed (practice)", () => {
    const rest = [item("a", 1, null)];
    const step = item("x", 2, snap("2026-11-28T12:10:00Z", 1));
    const tomorrow = item("y", 3, snap("2026-11-29T00:00:00Z"));
    expect(requeue(rest, step, 1, { mode: "review", dueBy }).map((c) => c.id)).toEqual(["a", "x"]);
    expect(requeue(rest, tomorrow, 3, { mode: "review", dueBy }).map((c) => c.id)).toEqual(["a"]);
    expect(requeue(rest, tomorrow, 1, { mode: "practice", dueBy }).map((c) => c.id)).toEqual(["a", "y"]);
    expect(requeue(rest, step, 3, { mode: "practice", dueBy }).map((c) => c.id)).toEqual(["a"]);
  });
});
