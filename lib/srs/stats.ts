import { addDays, daysBetween, localDayKey, type DayKey } from "@/lib/time/local-day";
import type { CardSnapshot } from "@/lib/srs/snapshot";

/** Pure statistics for the learner's progress page, all keyed by their local calendar day. */
export type LogPoint = { reviewedAt: Date; mode: string };
export type HeatDay = { day: DayKey; reviews: number; practice: number };

/** Reviews per local day from `start` to `today` inclusive (undone grades already left out). */
export function reviewsByDay(logs: LogPoint[], timeZone: string, start: DayKey, today: DayKey): HeatDay[] {
  const counts = new Map<DayKey, HeatDay>();
  for (let d = start; d <= today; d = addDays(d, 1)) counts.set(d, { day: d, reviews: 0, practice: 0 });
  for (const l of logs) {
    const cell = counts.get(localDayKey(l.reviewedAt, timeZone));
    if (!cell) continue;
    cell.reviews++;
    if (l.mode === "practice") cell.practice++;
  }
  return [...counts.values()];
}

/** The Monday on or before a day (heatmap columns are ISO weeks). */
export function weekStart(day: DayKey): DayKey {
  const [y, m, d] = day.split("-").map(Number);
  const dow = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -dow);
}

/**
 * Consecutive days with at least one review, ending today — or yesterday, because a streak
 * is not broken until the day is over.
 */
export function streak(days: HeatDay[], today: DayKey): number {
  const active = new Set(days.filter((d) => d.reviews > 0).map((d) => d.day));
  let day = active.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (active.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

/** Due cards per local day for the next `days` days; anything overdue counts as due today. */
export function forecast(
  states: CardSnapshot[],
  timeZone: string,
  today: DayKey,
  days = 14,
): { day: DayKey; due: number }[] {
  const out = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: 0 }));
  for (const s of states) {
    const offset = Math.max(0, daysBetween(today, localDayKey(new Date(s.due), timeZone)));
    if (offset < days) out[offset].due++;
  }
  return out;
}

/** Active cards by FSRS state; cards without a state are new. */
export function cardsByState(activeCards: number, states: CardSnapshot[]) {
  const out = { new: activeCards - states.length, learning: 0, review: 0, relearning: 0 };
  for (const s of states) {
    if (s.state === 2) out.review++;
    else if (s.state === 3) out.relearning++;
    else out.learning++;
  }
  return out;
}
