import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";
import { ReviewSession } from "@/components/review/review-session";
import { requireActor } from "@/lib/server/session";
import { getReviewPageData } from "@/lib/server/study-review-page";
import { sessionQuerySchema } from "@/lib/validation/study";
import "katex/dist/katex.min.css";
import "@/components/review/review.css";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = sessionQuerySchema.parse(await searchParams);
  const actor = await requireActor(`/study/review${query.mode === "practice" ? "?mode=practice" : ""}${query.deck ? `${query.mode === "practice" ? "&" : "?"}deck=${query.deck}` : ""}`);
  const data = await getReviewPageData(actor, query).catch((e) => {
    if (isAppError(e) && e.status === 404) notFound();
    throw e;
  });
  // A fresh key per request: "Practice again" (same URL) starts a new session.
  return <ReviewSession key={data.sessionKey} userId={actor.id} mode={data.mode} cards={data.cards} settings={data.settings} dueBy={data.dueBy} />;
}
