/**
 * What one grade adds to the per-day counts the instructor pages read (the ReviewDay and
 * ReviewCardDay rollups): every grade not undone counts as a review; a review-mode grade of a
 * card in the Review state counts toward true retention (base), and passed when above Again
 * (the same rule as lib/srs/true-retention.ts); a review-mode grade counts toward the card's
 * again-rate (graded, and again when rated Again). Practice grades count as reviews, and as
 * practice (the learner's heatmap shades them).
 */
export type CountedGrade = { rating: number; mode: string; prevState: number };
export type DayCounts = { reviews: number; base: number; passed: number; practice: number };
export type CardDayCounts = { graded: number; again: number };

export function dayCounts(g: CountedGrade, sign: 1 | -1 = 1): DayCounts {
  const inBase = g.mode === "review" && g.prevState === 2;
  return {
    reviews: sign,
    base: inBase ? sign : 0,
    passed: inBase && g.rating > 1 ? sign : 0,
    practice: g.mode === "practice" ? sign : 0,
  };
}

/** null for a practice grade: it never touches the card's again-rate. */
export function cardDayCounts(g: CountedGrade, sign: 1 | -1 = 1): CardDayCounts | null {
  if (g.mode !== "review") return null;
  return { graded: sign, again: g.rating === 1 ? sign : 0 };
}
