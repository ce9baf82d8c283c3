import "server-only";
import type { Actor } from "@/lib/server/actor";
import { getStudyQueue } from "@/lib/server/study-queue";
import { renderMarkdown } from "@/lib/content/markdown";
import type { StudyMode } from "@/lib/srs/queue";
import type { ReviewCardData } from "@/lib/srs/review-card";
import type { StudyCard } from "@/lib/server/study-queue";

/** A card's proof page, with the card named so the page can say which claim it proves. */
export function proofHref(experimentSlug: string | null, key: string) {
  return experimentSlug ? `/experiments/${experimentSlug}?card=${encodeURIComponent(key)}` : null;
}

/** A card as the review page shows it: Markdown and math rendered to HTML here, so the phone downloads neither marked nor KaTeX's JavaScript. */
export function reviewCardData(c: StudyCard): ReviewCardData {
  return {
    id: c.id,
    key: c.key,
    title: c.title,
    kind: c.kind,
    position: c.position,
    deckSlug: c.deckSlug,
    state: c.state,
    frontHtml: renderMarkdown(c.front),
    backHtml: renderMarkdown(c.back),
    caveatHtml: c.caveat ? renderMarkdown(c.caveat) : "",
    proofHref: proofHref(c.experimentSlug, c.key),
  };
}

/** The review page's payload: the queue in order, each card rendered. */
export async function getReviewPageData(actor: Actor, opts: { mode: StudyMode; deck?: string }) {
  const q = await getStudyQueue(actor, opts);
  const cards = q.queue.map(reviewCardData);
  return {
    mode: q.mode,
    cards,
    settings: q.settings,
    dueBy: q.dueBy.toISOString(),
    sessionKey: `${q.now.getTime()}`,
    counts: q.counts,
  };
}
