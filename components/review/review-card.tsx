"use client";

import type { ReviewCardData } from "@/lib/srs/review-card";

const KIND_LABEL: Record<string, string> = {
  definition: "Definition",
  fact: "Must-know fact",
  review: "Review question",
};

/**
 * One card. The HTML comes pre-rendered from the server (Markdown + KaTeX), so no renderer
 * ships to the phone. While the answer is hidden, a tap anywhere on the card reveals it.
 */
export function ReviewCard({
  card,
  revealed,
  practice,
  onReveal,
  swipeRef,
}: {
  card: ReviewCardData;
  revealed: boolean;
  practice: boolean;
  onReveal: () => void;
  swipeRef: (el: HTMLElement | null) => void;
}) {
  return (
    <article
      ref={swipeRef}
      aria-labelledby="review-card-title"
      onClick={revealed ? undefined : onReveal}
      data-revealed={revealed}
      className={`relative flex min-h-[min(50dvh,26rem)] touch-pan-y flex-col rounded-3xl border border-zinc-200 bg-white p-5 shadow-sm will-change-transform sm:p-7 dark:border-zinc-800 dark:bg-zinc-900 ${revealed ? "" : "cursor-pointer"}`}
    >
      <SwipeCue side="left" />
      <SwipeCue side="right" />
      {/* Keyed by card: each new card gets a fresh subtree (and a short entrance), the swipe target stays. */}
      <div key={card.id} className="review-card-in flex flex-1 flex-col">
        <header className="mb-3">
          <p className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-accent-600 dark:text-accent-400">
            {KIND_LABEL[card.kind] ?? card.kind}
            {practice ? (
              <span className="ml-auto rounded-full bg-zinc-100 px-2 py-0.5 normal-case tracking-normal text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
                Practice
              </span>
            ) : null}
          </p>
          <h2
            id="review-card-title"
            className={`mt-0.5 text-sm font-semibold text-zinc-500 dark:text-zinc-400 ${card.title === KIND_LABEL[card.kind] ? "sr-only" : ""}`}
          >
            {card.title}
          </h2>
        </header>
        <div className="prose-card text-[1.075rem] sm:text-lg" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
        {revealed ? (
          <section
            aria-label="Answer"
            className="mt-5 border-t border-dashed border-zinc-200 pt-5 dark:border-zinc-700"
          >
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: card.backHtml }} />
            {card.caveatHtml ? (
              <aside className="mt-4 rounded-2xl bg-amber-50 p-3.5 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
                <p className="mb-1 font-semibold">Where the study guide is loose</p>
                {/* Not .prose-card: its base size would override the smaller aside text. */}
                <div
                  className="leading-relaxed [&_p+p]:mt-2 [&_strong]:font-semibold"
                  dangerouslySetInnerHTML={{ __html: card.caveatHtml }}
                />
              </aside>
            ) : null}
            {card.proofHref ? (
              <a
                href={card.proofHref}
                className="mt-4 inline-flex min-h-11 items-center gap-1.5 rounded-xl font-semibold text-accent-600 hover:underline dark:text-accent-400"
              >
                See the proof <span aria-hidden="true">→</span>
              </a>
            ) : null}
          </section>
        ) : (
          <p className="mt-auto pt-8 text-center text-sm text-zinc-500 pointer-fine:hidden dark:text-zinc-400">
            Tap to show the answer
          </p>
        )}
      </div>
    </article>
  );
}

/** "Again" / "Good" stamps that fade in as the card is dragged (opacity from --swipe). */
function SwipeCue({ side }: { side: "left" | "right" }) {
  const left = side === "left"; // dragging left = Again, shown on the card's right edge
  return (
    <span
      aria-hidden="true"
      style={{ opacity: `clamp(0, calc(var(--swipe, 0) * ${left ? -1.4 : 1.4}), 1)` }}
      className={`pointer-events-none absolute top-5 z-10 rounded-xl border-2 px-3 py-1 text-sm font-extrabold uppercase tracking-wider opacity-0 ${
        left
          ? "right-5 rotate-6 border-red-500 bg-red-50/90 text-red-600 dark:bg-red-950/90"
          : "left-5 -rotate-6 border-emerald-500 bg-emerald-50/90 text-emerald-700 dark:bg-emerald-950/90 dark:text-emerald-300"
      }`}
    >
      {left ? "Again" : "Good"}
    </span>
  );
}
