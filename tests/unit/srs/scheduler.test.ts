import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, Rating, type Grade } from "ts-fsrs";
import {
  createScheduler,
  practiceGrade,
  srsSettings,
  stateToRestore,
  RATINGS,
  type SrsSettings,
} from "@/lib/srs/scheduler";
import { formatInterval } from "@/lib/srs/format";
import { fromFsrsCard, parseSnapshot, toFsrsCard } from "@/lib/srs/snapshot";
import { localDayKey } from "@/lib/time/local-day";

const settings = (over: Partial<SrsSettings> = {}): SrsSettings => ({
  ...srsSettings({ desiredRetention: 0.9, timeZone: "UTC" }),
  ...over,
});
const NOW = new Date("2026-11-28T10:00:00Z");

describe("scheduler wrapper", () => {
  it("previews exactly what ts-fsrs computes for each grade, as 10m / 1d / 4d labels", () => {
    const s = createScheduler(settings());
    const raw = fsrs({
      request_retention: 0.9,
      enable_fuzz: false,
      learning_steps: ["1m", "10m"],
      relearning_steps: ["10m"],
    });
    // A new card, then the card after Good, then a review card a few days later.
    // Our 1–4 against ts-fsrs's own enum, spelled out here so a wrong mapping cannot hide.
    const FSRS_GRADE = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy } as const;
    let state = null as ReturnType<typeof fromFsrsCard> | null;
    let card = createEmptyCard(NOW);
    let now = NOW;
    for (const step of [Rating.Good, Rating.Good, Rating.Good]) {
      const mine = s.preview(state, now);
      const theirs = raw.repeat(card, now);
      for (const r of RATINGS) {
        const t = theirs[FSRS_GRADE[r]].card;
        expect(mine[r].after.stability).toBe(t.stability);
        expect(mine[r].after.difficulty).toBe(t.difficulty);
        expect(mine[r].after.state).toBe(t.state);
        expect(mine[r].interval).toBe(formatInterval(t.due.getTime() - now.getTime(), t.scheduled_days));
      }
      card = theirs[step as Grade].card;
      state = s.grade(state, step as 1 | 2 | 3 | 4, now).after;
      now = new Date(Math.max(card.due.getTime(), Date.parse(state.due)));
    }
    const fresh = s.preview(null, NOW);
    expect([fresh[1].interval, fresh[2].interval, fresh[3].interval, fresh[4].interval]).toEqual([
      "1m",
      "6m",
      "10m",
      "8d",
    ]);
  });

  it("schedules fewer days between reviews at a higher desired retention", () => {
    const graduated = (r: number) => {
      const s = createScheduler(settings({ desiredRetention: r }));
      const learnt = s.grade(s.grade(null, 3, NOW).after, 3, new Date(NOW.getTime() + 600_000)).after;
      return s.grade(learnt, 3, new Date(learnt.due)).scheduledDays;
    };
    expect(graduated(0.97)).toBeLessThan(graduated(0.9));
    expect(graduated(0.9)).toBeLessThan(graduated(0.7));
    expect(srsSettings({ desiredRetention: 0.5, timeZone: "UTC" }).desiredRetention).toBe(0.7);
  });

  it("puts day-scale due dates on the learner's local calendar day across a DST change", () => {
    // Berlin springs forward on 2026-03-29. Graded Easy at 23:30 on the 28th (22:30Z):
    // ts-fsrs alone adds 8 × 24 h and lands at 00:30 on April 6th, local time — a day late.
    const tz = "Europe/Berlin";
    const at = new Date("2026-03-28T22:30:00Z");
    const raw = fsrs({ enable_fuzz: false }).next(createEmptyCard(at), at, Rating.Easy).card;
    expect(raw.scheduled_days).toBe(8);
    expect(localDayKey(raw.due, tz)).toBe("2026-04-06");
    const mine = createScheduler(settings({ timeZone: tz })).grade(null, 4, at).after;
    expect(localDayKey(new Date(mine.due), tz)).toBe("2026-04-05");
    expect(mine.due).toBe("2026-04-04T22:00:00.000Z"); // local midnight, summer time
    // New York falls back on 2026-11-01 (a 25-hour day). Easy at 00:30 on Oct 31: ts-fsrs's
    // 8 × 24 h ends at 23:30 on Nov 7, a day early; the learner's "8 days" is Nov 8.
    const ny = "America/New_York";
    const early = new Date("2026-10-31T04:30:00Z");
    expect(
      localDayKey(fsrs({ enable_fuzz: false }).next(createEmptyCard(early), early, Rating.Easy).card.due, ny),
    ).toBe("2026-11-07");
    const nyDue = createScheduler(settings({ timeZone: ny })).grade(null, 4, early).after.due;
    expect(localDayKey(new Date(nyDue), ny)).toBe("2026-11-08");
  });

  it("keeps minute-scale learning steps to the minute", () => {
    const after = createScheduler(settings({ timeZone: "Asia/Kolkata" })).grade(null, 1, NOW).after;
    expect(after.due).toBe(new Date(NOW.getTime() + 60_000).toISOString());
  });

  it("undo restores the exact previous state, through the JSON kept in the log", () => {
    const s = createScheduler(settings());
    const first = s.grade(null, 3, NOW);
    const second = s.grade(first.after, 1, new Date(first.after.due));
    const kept = JSON.stringify(second.before);
    expect(stateToRestore(parseSnapshot(kept))).toEqual(first.after);
    expect(stateToRestore(parseSnapshot(JSON.stringify(first.before)))).toBeNull();
    expect(fromFsrsCard(toFsrsCard(first.after))).toEqual(first.after);
    expect(() => parseSnapshot('{"due":"x"}')).toThrow();
  });

  it("practice leaves the state untouched", () => {
    const s = createScheduler(settings());
    const state = s.grade(null, 3, NOW).after;
    const copy = structuredClone(state);
    const p = practiceGrade(state);
    expect(p.after).toEqual(copy);
    expect(state).toEqual(copy);
    expect(practiceGrade(null).after).toBeNull();
  });

  it("formats intervals as a learner reads them", () => {
    expect(formatInterval(30_000)).toBe("1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(3 * 3_600_000)).toBe("3h");
    expect(formatInterval(0, 1)).toBe("1d");
    expect(formatInterval(0, 45)).toBe("1.5mo");
    expect(formatInterval(0, 400)).toBe("1.1y");
  });
});
