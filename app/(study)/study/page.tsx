import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import { listDecks } from "@/lib/server/decks";
import { requireActor } from "@/lib/server/session";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const actor = await requireActor("/study");
  const decks = await listDecks(actor);
  return (
    <div>
      <PageHeader title={`Hi, ${actor.name.split(" ")[0]}`} lead="Your decks." />
      <ul className="grid gap-3 sm:grid-cols-2">
        {decks.map((d) => (
          <li key={d.id}>
            <Link href={`/decks/${d.slug}`} className="block rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition hover:border-accent-400 dark:border-zinc-800 dark:bg-zinc-900">
              <span className="text-xs font-semibold uppercase tracking-wide text-accent-600 dark:text-accent-400">{d.course}</span>
              <span className="mt-1 block text-lg font-semibold">{d.title}</span>
              <span className="mt-1 block text-sm text-zinc-600 dark:text-zinc-400">{d.cardCount} cards</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
