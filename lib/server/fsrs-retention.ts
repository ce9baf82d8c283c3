import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import {
  ratingMix,
  retentionLevels,
  simulationRuns,
  simulateRetention,
  type SimCard,
  type SimResult,
} from "@/lib/fsrs/retention-sim";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { COUNTED } from "@/lib/server/fsrs-history";
import { srsSettings } from "@/lib/srs/scheduler";
import { daysBetween, localDayKey } from "@/lib/time/local-day";

/**
 * The desired-retention choice with its consequences: for the caller's own cards (their
 * current memory states, the cards not yet started, their new-card limit and their own mix
 * of grades), what each of a few retention levels would mean over the next 30 and 90 days.
 * Seeded by the learner's id, so the table does not change between two visits unless their
 * cards did.
 */
export const SIM_DAYS = 90;

function seedOf(id: string) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function getRetentionChoices(
  actor: Actor,
  now = new Date(),
): Promise<{ current: number; days: number; cards: number; results: SimResult[] }> {
  assertSignedIn(actor);
  const [user, states, active, recent] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { desiredRetention: true, timeZone: true, newCardsPerDay: true, fsrsWeights: true },
    }),
    db.cardState.findMany({
      where: { userId: actor.id, card: { active: true } },
      select: { cardId: true, state: true, stability: true, difficulty: true, due: true, lastReview: true },
    }),
    db.card.count({ where: { active: true } }),
    db.reviewLog.findMany({
      where: { userId: actor.id, ...COUNTED },
      select: { rating: true, prevState: true },
      orderBy: { reviewedAt: "desc" },
      take: 2000,
    }),
  ]);
  const settings = srsSettings(user);
  const today = localDayKey(now, settings.timeZone);
  const started: SimCard[] = states
    .filter((s) => s.state !== 0 && s.lastReview && s.stability > 0)
    .map((s) => ({
      kind: "started",
      stability: s.stability,
      difficulty: s.difficulty,
      lastDay: daysBetween(today, localDayKey(s.lastReview as Date, settings.timeZone)),
      dueDay: daysBetween(today, localDayKey(s.due, settings.timeZone)),
    }));
  const cards: SimCard[] = [
    ...started,
    ...Array.from({ length: Math.max(0, active - started.length) }, () => ({ kind: "new" as const })),
  ];
  const input = {
    cards,
    weights: settings.weights ?? DEFAULT_WEIGHTS,
    newPerDay: user.newCardsPerDay,
    days: SIM_DAYS,
    runs: simulationRuns(cards.length, SIM_DAYS),
    seed: seedOf(actor.id),
    mix: ratingMix(recent),
  };
  return {
    current: settings.desiredRetention,
    days: SIM_DAYS,
    cards: cards.length,
    results: retentionLevels(settings.desiredRetention).map((r) => simulateRetention(input, r)),
  };
}
