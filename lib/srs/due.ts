import { endOfLocalDay } from "@/lib/time/local-day";

/**
 * What "due" means, for the learner's own queue and counts (lib/srs/queue.ts) and for an
 * instructor's view of each student (lib/classes/progress.ts). A card is due by an instant
 * when it has been studied (a new card, with no state or in the New state, is never "due":
 * it waits under the daily new-card limit) and its due instant falls before it. "Due today"
 * uses the end of the learner's local calendar day, whatever the hour (`dueByEndOfToday`).
 */
export type DueState = { due: string | Date; state: number };

export function dueByEndOfToday(now: Date, timeZone: string): Date {
  return endOfLocalDay(now, timeZone);
}

export function isDue(card: DueState | null, by: Date | number): boolean {
  if (!card || card.state === 0) return false;
  const due = typeof card.due === "string" ? Date.parse(card.due) : card.due.getTime();
  return due < (typeof by === "number" ? by : by.getTime());
}
