import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";
import { getReviewPageData } from "@/lib/server/study-review-page";
import { sessionQuerySchema } from "@/lib/validation/study";
import "katex/dist/katex.min.css";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = sessionQuerySchema.parse(await searchParams);
  const actor = await requireActor(
    `/study/review${query.mode === "practice" ? "?mode=practice" : ""}${query.deck ? `${query.mode === "practice" ? "&" : "?"}deck=${query.deck}` : ""}`,
  );
  const data = await orNotFound(getReviewPageData(actor, query));
  // A fresh key per request: "Practice again" (same URL) starts a new session.
  return (
    <ReviewSession
      key={data.sessionKey}
      userId={actor.id}
      mode={data.mode}
      cards={data.cards}
      settings={data.settings}
      dueBy={data.dueBy}
    />
  );
}
