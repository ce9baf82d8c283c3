import type { Metadata } from "next";
import { OpenLinkedCard } from "@/components/study/open-linked-card";
import { Badge, PageHeader } from "@/components/ui/page";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { getDeckWithCards } from "@/lib/server/decks";
import { loadStudyContext } from "@/lib/server/study-queue";
import { proofHref } from "@/lib/server/study-review-page";
import { requireActor } from "@/lib/server/session";
import { orNotFound } from "@/lib/server/page";
import { renderMarkdown } from "@/lib/content/markdown";
import { describeDays } from "@/lib/srs/format";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { daysBetween, localDayKey } from "@/lib/time/local-day";
import "katex/dist/katex.min.css";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Deck" };

// Keyed by the stored kind, which is a plain string column: a kind not listed shows as written.
const kindLabel: Partial<Record<string, string>> = {
  definition: "Definition",
  fact: "Must-know fact",
  review: "Review question",
};

function scheduleBadge(state: CardSnapshot | null, today: string, tz: string) {
  if (!state) return <Badge>New</Badge>;
  const days = daysBetween(today, localDayKey(new Date(state.due), tz));
  const when = days <= 0 ? "due today" : `due ${describeDays(days)}`;
  const tone = days <= 0 ? "accent" : state.state === 2 ? "green" : "amber";
  return <Badge tone={tone}>{state.state === 2 ? when : `learning · ${when}`}</Badge>;
}

export default async function DeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireActor(`/decks/${slug}`);
  const [deck, study] = await orNotFound(
    Promise.all([getDeckWithCards(actor, slug), loadStudyContext(actor, { deck: slug })]),
  );
  const states = new Map(study.cards.map((c) => [c.id, c.state]));
  const tz = study.settings.timeZone;
  return (
    <div>
      <PageHeader
        title={deck.title}
        lead={`${deck.course} · ${count(deck.cards.length, "card", "cards")}`}
        actions={<ButtonLink href={`/study/review?deck=${deck.slug}`}>Study now</ButtonLink>}
      />
      <p className="mb-6 max-w-2xl text-zinc-600 dark:text-zinc-400">{deck.description}</p>
      <OpenLinkedCard />
      <ol className="space-y-3" aria-label="Cards in this deck">
        {deck.cards.map((card) => (
          <li
            key={card.id}
            id={card.key}
            className="scroll-mt-20 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            <details className="group">
              <summary className="-m-2 flex min-h-11 cursor-pointer list-none items-start gap-3 rounded-xl p-2 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-accent-500 dark:hover:bg-zinc-800/60 [&::-webkit-details-marker]:hidden">
                <span className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent-100 text-sm font-bold text-accent-700 dark:bg-accent-700/30 dark:text-accent-200">
                  {card.position}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">{card.title}</span>
                    <Badge tone={card.kind === "review" ? "accent" : card.kind === "fact" ? "green" : "zinc"}>
                      {kindLabel[card.kind] ?? card.kind}
                    </Badge>
                    {scheduleBadge(states.get(card.id) ?? null, study.today, tz)}
                  </span>
                  <span
                    className="prose-card mt-1 block text-sm text-zinc-700 dark:text-zinc-300"
                    dangerouslySetInnerHTML={{ __html: renderMarkdown(card.front) }}
                  />
                </span>
                {/* The affordance: says what a tap does, and turns when the card is open. */}
                <span className="mt-0.5 flex shrink-0 items-center gap-1 text-xs font-semibold text-accent-700 dark:text-accent-400">
                  <span className="group-open:hidden">Answer</span>
                  <span className="hidden group-open:inline">Hide</span>
                  <svg
                    viewBox="0 0 24 24"
                    className="h-6 w-6 transition-transform group-open:rotate-180"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth={2}
                    strokeLinecap="round"
                    strokeLinejoin="round"
                    aria-hidden="true"
                  >
                    <path d="M6 9l6 6 6-6" />
                  </svg>
                </span>
              </summary>
              <div className="mt-3 border-t border-zinc-200 pt-3 dark:border-zinc-800">
                <div className="prose-card" dangerouslySetInnerHTML={{ __html: renderMarkdown(card.back) }} />
                {card.caveat ? (
                  <aside className="mt-3 rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">
                    <strong className="font-semibold">Where the study guide is loose: </strong>
                    <span className="prose-card" dangerouslySetInnerHTML={{ __html: renderMarkdown(card.caveat) }} />
                  </aside>
                ) : null}
                {card.experimentSlug ? (
                  <a href={proofHref(card.experimentSlug, card.key)!} className={buttonClass("secondary", "mt-3")}>
                    See the proof →
                  </a>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
