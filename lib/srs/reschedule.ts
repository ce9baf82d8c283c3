import { createEmptyCard, fsrs, Rating as FsrsRating, type Grade } from "ts-fsrs";
import { fsrsParams, toLocalDay, type SrsSettings } from "@/lib/srs/scheduler";
import { fromFsrsCard, type CardSnapshot } from "@/lib/srs/snapshot";

/**
 * A card's state recomputed from its grades, as ts-fsrs `reschedule` does it: the grades are
 * replayed in order from a new card with the scheduler's current settings (weights,
 * retention, steps), and the due date lands on the learner's local day as a grade's would.
 * Pure: the caller writes the state; the grades themselves are never touched.
 */
export type Graded = { rating: number; reviewedAt: Date };

/** A stored grade (1 Again … 4 Easy) as ts-fsrs's enum (whose 0 is "Manual", never a learner's grade). */
const GRADES: readonly Grade[] = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy];

export function rescheduleCard(history: readonly Graded[], settings: SrsSettings): CardSnapshot | null {
  if (!history.length) return null;
  const first = createEmptyCard(history[0].reviewedAt);
  const reviews = history.map((h) => ({ rating: GRADES[h.rating - 1], review: h.reviewedAt }));
  const { collections } = fsrs(fsrsParams(settings)).reschedule(first, reviews, {
    first_card: first,
    skipManual: true,
  });
  const last = collections[collections.length - 1];
  return toLocalDay(fromFsrsCard(last.card), history[history.length - 1].reviewedAt, settings.timeZone);
}
