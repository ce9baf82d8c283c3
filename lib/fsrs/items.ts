import { dateDiffInDays } from "ts-fsrs";

/**
 * Review history in the shape the FSRS optimizer (fsrs-rs) trains on. One item per review
 * that can be predicted: a card's reviews up to and including it, each with the whole days
 * since the one before. As in fsrs-rs's own conversion, a card's first review is never a
 * target (there is nothing to predict it from), and neither is a repeat on the same day
 * (delta 0, the short-term steps): both stay in the history of the items after them.
 */
export type ReviewRow = {
  /** One learner's card: reviews of the same card by two learners are two sequences. */
  seq: string;
  reviewedAt: Date;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy */
  rating: number;
};
export type FsrsReview = { rating: number; deltaT: number };
export type FsrsItem = { seq: string; at: number; reviews: FsrsReview[] };

/**
 * The rows must already leave out practice-mode and undone grades (they never changed the
 * schedule). Days are counted as ts-fsrs counts them when it schedules (`dateDiffInDays`),
 * so the weights are fitted on the same elapsed days the scheduler will feed them.
 * Items come out in the order of their target review, which fsrs-rs's time-series splits
 * and recency weights assume.
 */
export function buildItems(rows: readonly ReviewRow[]): FsrsItem[] {
  const bySeq = new Map<string, ReviewRow[]>();
  for (const r of rows) {
    const list = bySeq.get(r.seq);
    if (list) list.push(r);
    else bySeq.set(r.seq, [r]);
  }
  const items: FsrsItem[] = [];
  for (const [seq, list] of bySeq) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const history: FsrsReview[] = [];
    list.forEach((r, i) => {
      const deltaT = i === 0 ? 0 : Math.max(0, dateDiffInDays(list[i - 1].reviewedAt, r.reviewedAt));
      history.push({ rating: r.rating, deltaT });
      if (i > 0 && deltaT > 0) items.push({ seq, at: r.reviewedAt.getTime(), reviews: history.slice() });
    });
  }
  return items.sort((a, b) => a.at - b.at || (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0));
}

/** Reviews the optimizer can learn from (what fsrs-rs's minimums count). */
export const usableReviews = (rows: readonly ReviewRow[]) => buildItems(rows).length;

/** Whether the target review was recalled: anything but Again. */
export const recalled = (item: FsrsItem) => (item.reviews[item.reviews.length - 1].rating > 1 ? 1 : 0);
