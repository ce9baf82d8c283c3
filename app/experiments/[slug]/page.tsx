import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader, Panel } from "@/components/ui/page";
import { RunPanel } from "@/components/experiments/run-panel";
import { SettingsForm } from "@/components/experiments/settings-form";
import { VariantList } from "@/components/experiments/variant-list";
import { ClaimPanel } from "@/components/experiments/claim-panel";
import { AcrossSeedsPanel } from "@/components/experiments/across-seeds";
import { SeedTally } from "@/components/experiments/seed-tally";
import { summaryOf } from "@/lib/experiments/robustness/summaries";
import { defaultSettings } from "@/lib/experiments/settings";
import { getExperiment } from "@/lib/experiments/catalog";
import { experimentCards } from "@/lib/server/experiments";
import { currentActor } from "@/lib/server/session";
import { backendChoiceSchema, parseSettingsQuery } from "@/lib/validation/experiments";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const def = getExperiment((await params).slug);
  return { title: def ? `Proof: ${def.title}` : "Proof" };
}

export default async function ExperimentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const def = getExperiment(slug);
  if (!def) notFound();
  const query = await searchParams;
  const { settings, problems } = parseSettingsQuery(def, query);
  const backend = backendChoiceSchema.catch("auto").parse(query.backend);
  const cardKey = def.claims.find((c) => c.cardKey === query.card)?.cardKey ?? null;
  const actor = await currentActor();
  const cards = await experimentCards();
  const backCard = cards[cardKey ?? def.claims[0].cardKey];
  const across = summaryOf(slug);
  const defaults = defaultSettings(def);
  const settingsDiffer = def.settings.some((s) => s.key !== "seed" && settings[s.key] !== defaults[s.key]);
  const here = `/experiments/${slug}?${new URLSearchParams({ ...(cardKey ? { card: cardKey } : {}), ...Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])), ...(backend !== "auto" ? { backend } : {}) })}`;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link
          href="/experiments"
          className="inline-flex min-h-11 items-center text-zinc-600 hover:underline dark:text-zinc-400"
        >
          ← All proofs
        </Link>
        {backCard ? (
          <Link
            href={`/decks/${backCard.deckSlug}#${backCard.key}`}
            className="inline-flex min-h-11 items-center font-medium text-accent-600 hover:underline dark:text-accent-400"
          >
            Back to the card: {backCard.title}
          </Link>
        ) : null}
      </nav>
      <PageHeader title={def.title} lead={def.summary} />
      <ClaimPanel def={def} cards={cards} focus={cardKey} />
      {problems.length ? (
        <p
          role="alert"
          className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
        >
          {problems.join(" ")}
        </p>
      ) : null}
      <Panel className="space-y-4">
        <h2 className="text-lg font-bold">Run it in your browser</h2>
        <SettingsForm specs={def.settings} settings={settings} backend={backend} cardKey={cardKey} />
        <RunPanel
          slug={slug}
          settings={settings}
          backend={backend}
          signedIn={!!actor}
          signInHref={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
          across={across}
        />
      </Panel>
      <Panel className="space-y-5">
        {across ? <AcrossSeedsPanel summary={across} settingsDiffer={settingsDiffer} /> : null}
        <SeedTally slug={slug} settings={settings} backend={backend} />
      </Panel>
      <Panel>
        <h2 className="mb-2 text-lg font-bold">The models</h2>
        <VariantList tasks={def.tasks(settings)} />
      </Panel>
      <Panel>
        <h2 className="mb-2 text-lg font-bold">What to look for</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          {def.lookFor.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
