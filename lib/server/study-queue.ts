import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { srsSettings, type SrsSettings } from "@/lib/srs/scheduler";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { cardsStartedSince, gradesSince, studyCards, type StudyCard } from "@/lib/server/study-cards";
import { buildQueue, countDue, newCardsLeft, type StudyMode } from "@/lib/srs/queue";
import { dueByEndOfToday } from "@/lib/srs/due";
import { localDayKey, startOfLocalDay, type DayKey } from "@/lib/time/local-day";

/**
 * What the learner has to study today, read in one place so the dashboard, the deck page
 * and the review session agree on "due", "new" and the daily new-card limit.
 */
export type { StudyCard } from "@/lib/server/study-cards";

export type StudyContext = {
  now: Date;
  today: DayKey;
  dueBy: Date;
  settings: SrsSettings;
  newCardsPerDay: number;
  introducedToday: number;
  newLimit: number;
  cards: StudyCard[];
};

export async function loadStudyContext(actor: Actor, opts: { deck?: string; now?: Date } = {}): Promise<StudyContext> {
  assertSignedIn(actor);
  const now = opts.now ?? new Date();
  // The settings come with the actor (read once per request by currentActor); an actor built by
  // hand (tests, scripts) has them read here.
  const user = actor.study
    ? { ...actor.study, timeZone: actor.timeZone }
    : await db.user.findUniqueOrThrow({
        where: { id: actor.id },
        select: { desiredRetention: true, timeZone: true, newCardsPerDay: true, fsrsWeights: true },
      });
  const settings = srsSettings(user);
  const today = localDayKey(now, settings.timeZone);
  if (opts.deck && !(await db.deck.findUnique({ where: { slug: opts.deck }, select: { id: true } })))
    throw notFound("There is no deck with that name.");
  const [cards, introducedToday] = await Promise.all([
    studyCards(actor.id, opts.deck),
    // Cards started today count against the daily limit even after they stop being new.
    cardsStartedSince(actor.id, startOfLocalDay(today, settings.timeZone)),
  ]);
  return {
    now,
    today,
    dueBy: dueByEndOfToday(now, settings.timeZone),
    settings,
    newCardsPerDay: user.newCardsPerDay,
    introducedToday,
    newLimit: newCardsLeft(user.newCardsPerDay, introducedToday),
    cards,
  };
}

/** Today's review (or a practice round) in the order it is shown. */
export async function getStudyQueue(actor: Actor, opts: { mode: StudyMode; deck?: string; now?: Date }) {
  const ctx = await loadStudyContext(actor, opts);
  const queue = buildQueue(ctx.cards, { mode: opts.mode, now: ctx.now, dueBy: ctx.dueBy, newLimit: ctx.newLimit });
  return { ...ctx, mode: opts.mode, queue, counts: countDue(ctx.cards, { dueBy: ctx.dueBy, newLimit: ctx.newLimit }) };
}

/** Dashboard numbers: what is due, what is new, and what was done today. */
export async function getStudyOverview(actor: Actor, opts: { now?: Date } = {}) {
  const ctx = await loadStudyContext(actor, opts);
  const counts = countDue(ctx.cards, { dueBy: ctx.dueBy, newLimit: ctx.newLimit });
  const reviewedToday = await gradesSince(actor.id, startOfLocalDay(ctx.today, ctx.settings.timeZone));
  const upcoming = ctx.cards
    .map((c) => c.state)
    .filter((s): s is CardSnapshot => s !== null && Date.parse(s.due) >= ctx.dueBy.getTime())
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  const nextDue = upcoming[0] ? localDayKey(new Date(upcoming[0].due), ctx.settings.timeZone) : null;
  return { ...ctx, counts, reviewedToday, nextDue, practiceable: ctx.cards.length };
}
