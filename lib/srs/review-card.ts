import type { CardSnapshot } from "@/lib/srs/snapshot";

/**
 * A card as the review page gets it: HTML rendered on the server, the learner's FSRS state.
 * The server builds it (lib/server/study-review-page.ts) and the client hook consumes it, so
 * it lives here, below both, rather than in either one.
 */
export type ReviewCardData = {
  id: string;
  key: string;
  title: string;
  kind: string;
  position: number;
  /** Which deck it belongs to (the offline review can be narrowed to one deck, as online). */
  deckSlug?: string;
  state: CardSnapshot | null;
  frontHtml: string;
  backHtml: string;
  caveatHtml: string;
  proofHref: string | null;
};
