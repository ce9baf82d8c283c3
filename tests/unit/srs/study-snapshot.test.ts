import { describe, expect, it } from "vitest";
import {
  asSnapshot,
  foldPending,
  offlineSession,
  SNAPSHOT_VERSION,
  type StudySnapshot,
} from "@/lib/srs/study-snapshot";
import { createScheduler, srsSettings } from "@/lib/srs/scheduler";
import type { Op } from "@/lib/srs/grade-outbox";
import type { ReviewCardData } from "@/lib/srs/review-card";

// Offline study on the device: the snapshot the server sent, with the grades still waiting folded in.
const TZ = "Europe/Berlin";
const card = (i: number): ReviewCardData => ({
  id: `c${i}`,
  key: `k${i}`,
  title: `Card ${i}`,
  kind: "fact",
  position: i,
  deckSlug: "d",
  state: null,
  frontHtml: "<p>f</p>",
  backHtml: "<p>b</p>",
  caveatHtml: "",
  proofHref: null,
});
const snapshot = (over: Partial<StudySnapshot> = {}): StudySnapshot => ({
  version: SNAPSHOT_VERSION,
  userId: "u1",
  syncedAt: "2026-11-30T08:00:00.000Z",
  settings: { desiredRetention: 0.9, timeZone: TZ, newCardsPerDay: 2 },
  introduced: { day: "2026-11-30", count: 0 },
  cards: [1, 2, 3, 4].map(card),
  ...over,
});
const scheduler = createScheduler(srsSettings({ desiredRetention: 0.9, timeZone: TZ }));
const grade = (cardId: string, rating: 1 | 2 | 3 | 4, at: string, mode: "review" | "practice" = "review"): Op => ({
  kind: "grade",
  id: `g-${cardId}-${at}`,
  cardId,
  rating,
  mode,
  reviewedAt: at,
  durationMs: 1000,
  after: mode === "review" ? scheduler.grade(null, rating, new Date(at)).after : null,
});

describe("offline study from the snapshot", () => {
  it("builds today's review under the daily new-card limit, counting cards started offline today", () => {
    const now = new Date("2026-11-30T10:00:00.000Z");
    expect(offlineSession(snapshot(), [], { mode: "review", now }).cards.map((c) => c.id)).toEqual(["c1", "c2"]);
    // c1 graded Easy offline: out of today's queue, and it used one of today's two new cards.
    const s = offlineSession(snapshot(), [grade("c1", 4, "2026-11-30T09:00:00.000Z")], { mode: "review", now });
    expect(s.cards.map((c) => c.id)).toEqual(["c2"]);
    expect(s.counts).toMatchObject({ new: 1 });
  });

  it("counts the cards started on the snapshot's day only on that day", () => {
    const snap = snapshot({ introduced: { day: "2026-11-30", count: 2 } });
    expect(offlineSession(snap, [], { mode: "review", now: new Date("2026-11-30T20:00:00.000Z") }).cards).toEqual([]);
    // The next local day (Berlin), still offline: a fresh allowance.
    expect(
      offlineSession(snap, [], { mode: "review", now: new Date("2026-11-30T23:30:00.000Z") }).cards.map((c) => c.id),
    ).toEqual(["c1", "c2"]);
  });

  it("ignores practice grades and applies a waiting undo's restored state", () => {
    const g = grade("c1", 1, "2026-11-30T09:00:00.000Z");
    const p = grade("c2", 4, "2026-11-30T09:01:00.000Z", "practice");
    expect(foldPending(snapshot(), [g, p]).states.get("c2")).toBeNull();
    expect(foldPending(snapshot(), [g]).states.get("c1")).toEqual((g as { after: unknown }).after);
    const undo: Op = { kind: "undo", id: "u", gradeId: g.id, cardId: "c1", restore: null };
    const folded = foldPending(snapshot(), [g, undo]);
    expect(folded.states.get("c1")).toBeNull();
    // Applying the same ops twice (sent, answer lost, still queued) gives the same states.
    expect(foldPending(snapshot(), [g, g]).states).toEqual(foldPending(snapshot(), [g]).states);
  });

  it("narrows to one deck, and practice takes every card on the device", () => {
    const snap = snapshot({ cards: [card(1), { ...card(2), deckSlug: "other" }] });
    const now = new Date("2026-11-30T10:00:00.000Z");
    expect(offlineSession(snap, [], { mode: "review", now, deck: "other" }).cards.map((c) => c.id)).toEqual(["c2"]);
    expect(offlineSession(snapshot(), [], { mode: "practice", now }).cards).toHaveLength(4);
  });

  it("reads only snapshots of this version", () => {
    expect(asSnapshot(snapshot())).not.toBeNull();
    expect(asSnapshot({ ...snapshot(), version: 99 })).toBeNull();
    expect(asSnapshot(null)).toBeNull();
    expect(asSnapshot({ version: SNAPSHOT_VERSION, userId: "u" })).toBeNull();
  });
});
