import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { StatTile } from "@/components/study/stat-tile";
import { OutboxFlusher } from "@/components/study/outbox-flusher";
import { listDecks } from "@/lib/server/decks";
import { requireActor } from "@/lib/server/session";
import { getStudyDashboard } from "@/lib/server/study-dashboard";
import { getGreetingName } from "@/lib/server/profile";
import { describeDays } from "@/lib/srs/format";
import { daysBetween } from "@/lib/time/local-day";
import { count } from "@/lib/plural";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const actor = await requireActor("/study");
  const [stats, decks, greeting] = await Promise.all([
    getStudyDashboard(actor),
    listDecks(actor),
    getGreetingName(actor),
  ]);
  const { counts } = stats;
  const due = counts.learning + counts.review;
  const next = stats.forecast.find((d, i) => i > 0 && d.due > 0);
  return (
    <div>
      <OutboxFlusher userId={actor.id} />
      <PageHeader
        title={`Hi, ${greeting}`}
        lead={counts.total ? "Your review for today is ready." : "You are all caught up for today."}
      />
      <section
        aria-labelledby="today"
        className="rounded-3xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <h2 id="today" className="sr-only">
          Today
        </h2>
        <dl className="grid grid-cols-3 gap-2 sm:gap-3">
          <StatTile
            label="Due"
            value={due}
            tone="accent"
            hint={counts.learning ? `${counts.learning} learning` : "to review"}
          />
          <StatTile
            label="New"
            value={counts.new}
            tone="green"
            hint={counts.newInDeck > counts.new ? `of ${counts.newInDeck} unseen` : "to start"}
          />
          <StatTile
            label="Done"
            value={stats.reviewedToday}
            hint={stats.streak ? `${stats.streak}-day streak` : "today"}
          />
        </dl>
        <div className="mt-4 grid gap-2 sm:grid-cols-[2fr_1fr]">
          {counts.total ? (
            <ButtonLink href="/study/review" className="min-h-14 text-lg">
              Start review · {count(counts.total, "card", "cards")}
            </ButtonLink>
          ) : (
            <p className="flex min-h-14 items-center justify-center rounded-xl bg-emerald-50 px-4 text-center font-semibold text-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-200">
              {next
                ? `Next review ${describeDays(daysBetween(stats.today, next.day))}: ${count(next.due, "card", "cards")}`
                : "Nothing due"}
            </p>
          )}
          <ButtonLink href="/study/review?mode=practice" variant="secondary" className="min-h-14">
            Practice ahead
          </ButtonLink>
        </div>
        <p className="mt-3 text-xs text-zinc-500 dark:text-zinc-400">
          Practice ahead reviews any card without changing its schedule.
        </p>
      </section>

      <nav aria-label="Study" className="mt-4 grid grid-cols-2 gap-2">
        <Link
          href="/stats"
          className="flex min-h-12 items-center gap-2 rounded-2xl border border-zinc-200 bg-white px-4 font-medium shadow-sm hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Icon name="stats" className="h-5 w-5 text-accent-600 dark:text-accent-400" /> Progress
        </Link>
        <Link
          href="/study/settings"
          className="flex min-h-12 items-center gap-2 rounded-2xl border border-zinc-200 bg-white px-4 font-medium shadow-sm hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Icon name="settings" className="h-5 w-5 text-accent-600 dark:text-accent-400" /> Settings
        </Link>
      </nav>

      <h2 className="mb-2 mt-8 text-lg font-semibold">Decks</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {decks.map((d) => (
          <li key={d.id}>
            <Link
              href={`/decks/${d.slug}`}
              className="block rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <span className="text-xs font-semibold uppercase tracking-wide text-accent-600 dark:text-accent-400">
                {d.course}
              </span>
              <span className="mt-1 block text-lg font-semibold">{d.title}</span>
              <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">
                {count(d.cardCount, "card", "cards")}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
