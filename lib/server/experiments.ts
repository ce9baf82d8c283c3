import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { conflict, invalid } from "@/lib/server/errors";
import { EXPERIMENTS, getExperiment } from "@/lib/experiments/catalog";
import { MissingResult } from "@/lib/experiments/defs/common";
import { settingsSchema, type ExperimentRunInput } from "@/lib/validation/experiments";
import type { Settings, Verdict } from "@/lib/experiments/types";
import { isUniqueViolation } from "@/lib/server/prisma-errors";

/**
 * Records a finished run for the signed-in user. The id comes from the browser, so a
 * retried POST stores the run once. The verdict is recomputed here from the results: a
 * record whose verdict does not follow from its own numbers is refused.
 */
export async function recordExperimentRun(actor: Actor | null, input: ExperimentRunInput) {
  assertSignedIn(actor);
  const def = getExperiment(input.slug);
  if (!def) throw invalid("Unknown experiment.");
  const parsed = settingsSchema(def).safeParse(input.settings);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Invalid settings.");
  const settings = parsed.data as Settings;
  let verdict: Verdict;
  try {
    verdict = def.verdict(input.results, settings).verdict;
  } catch (e) {
    if (e instanceof MissingResult) throw invalid("These results do not belong to this experiment.");
    throw e;
  }
  if (verdict !== input.verdict) throw invalid("The verdict does not follow from the results.");

  const existing = await db.experimentRun.findUnique({
    where: { id: input.id },
    select: { userId: true, verdict: true },
  });
  if (existing) return sameOwner(existing, actor, input.id);
  try {
    await db.experimentRun.create({
      data: {
        id: input.id,
        userId: actor.id,
        experimentSlug: def.slug,
        settings: JSON.stringify(settings),
        backend: input.backend,
        results: JSON.stringify(input.results),
        verdict,
        durationMs: input.durationMs,
      },
    });
    return { id: input.id, verdict, created: true };
  } catch (e) {
    // Two retries racing: the primary key decides, and the loser reports the stored run.
    if (!isUniqueViolation(e)) throw e;
    const row = await db.experimentRun.findUniqueOrThrow({
      where: { id: input.id },
      select: { userId: true, verdict: true },
    });
    return sameOwner(row, actor, input.id);
  }
}

function sameOwner(row: { userId: string; verdict: string }, actor: Actor, id: string) {
  if (row.userId !== actor.id) throw conflict("This run id is already used.");
  return { id, verdict: row.verdict as Verdict, created: false };
}

export type ExperimentCard = { key: string; title: string; deckSlug: string };

/** The cards the experiments prove (titles for the links back), by key; a card not seeded (or retired) is missing. Public: card titles are not private. */
export async function experimentCards(): Promise<Partial<Record<string, ExperimentCard>>> {
  const keys = [...new Set(EXPERIMENTS.flatMap((e) => e.claims.map((c) => c.cardKey)))];
  const rows = await db.card.findMany({
    where: { key: { in: keys } },
    select: { key: true, title: true, deck: { select: { slug: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.key, { key: r.key, title: r.title, deckSlug: r.deck.slug }]));
}

export type RunSummary = { count: number; latest: Verdict; at: Date };

/** Per experiment: how many of this user's latest 200 runs it had, and the latest verdict. Only the caller's own runs. */
export async function myRunSummary(actor: Actor | null): Promise<Partial<Record<string, RunSummary>>> {
  if (!actor) return {};
  const runs = await db.experimentRun.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { experimentSlug: true, verdict: true, createdAt: true },
  });
  const out: Partial<Record<string, RunSummary>> = {};
  for (const r of runs) {
    const s = out[r.experimentSlug];
    if (s) s.count++;
    else out[r.experimentSlug] = { count: 1, latest: r.verdict as Verdict, at: r.createdAt };
  }
  return out;
}
