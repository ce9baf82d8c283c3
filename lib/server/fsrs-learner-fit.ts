import "server-only";
import { db } from "@/lib/db";
import { scoreColumns } from "@/lib/server/fsrs-fit-row";
import { decideAdoption, type Decision } from "@/lib/fsrs/adoption";
import { buildItems } from "@/lib/fsrs/items";
import { DEFAULT_WEIGHTS, MIN_REVIEWS_FULL, outcomeSentence, sameWeights } from "@/lib/fsrs/outcome";
import { learnerReviewRows } from "@/lib/server/fsrs-history";
import { compareOnLaterReviews, fitWeights } from "@/lib/server/fsrs-optimizer";
import { rescheduleLearner } from "@/lib/server/fsrs-reschedule";
import { srsSettings } from "@/lib/srs/scheduler";
import { parseWeights } from "@/lib/srs/weights";

/**
 * One learner's background fit (a job, never a request): fsrs-rs on their own counted
 * reviews, the adoption rule on a time-series split, and — for a learner short of a full fit
 * who is on the defaults or on a class's weights — the prior their class offers. Every run
 * leaves an FsrsFit row the settings page reads; an adoption reschedules their cards.
 */
export type LearnerFitSummary = {
  fitId: string;
  adopted: "personal" | "class" | null;
  reviews: number;
  rescheduled: number;
};

async function offeredPrior(userId: string) {
  const e = await db.enrollment.findFirst({
    where: { userId, removedAt: null, class: { archivedAt: null, fsrsPriorFitId: { not: null } } },
    orderBy: { joinedAt: "desc" },
    select: { class: { select: { name: true, fsrsPriorFitId: true } } },
  });
  if (!e?.class.fsrsPriorFitId) return null;
  // User.fsrsFitId and Class.fsrsPriorFitId are plain columns (no relation), hence a second read.
  const fit = await db.fsrsFit.findUnique({
    where: { id: e.class.fsrsPriorFitId },
    select: { id: true, weights: true },
  });
  const weights = fit ? parseWeights(fit.weights) : null;
  return fit && weights ? { fitId: fit.id, weights, className: e.class.name } : null;
}

export async function runLearnerFit(userId: string): Promise<LearnerFitSummary | null> {
  const started = Date.now();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { desiredRetention: true, timeZone: true, fsrsWeights: true, fsrsFitId: true },
  });
  if (!user) return null; // the account was deleted after the job was queued
  const inUseFit = user.fsrsFitId
    ? await db.fsrsFit.findUnique({ where: { id: user.fsrsFitId }, select: { classId: true } })
    : null;
  const items = buildItems(await learnerReviewRows(userId));
  const inUse = parseWeights(user.fsrsWeights) ?? [...DEFAULT_WEIGHTS];
  const fit = await fitWeights(items);
  const comparison = fit.outcome === "defaults" ? null : await compareOnLaterReviews(items, inUse);
  let decision: Decision =
    fit.outcome === "defaults"
      ? { adopt: false, reason: `${outcomeSentence("defaults", items.length)} The weights in use stay.` }
      : decideAdoption(comparison);
  if (decision.adopt && sameWeights(fit.weights, inUse))
    decision = { adopt: false, reason: "The fitted weights are the ones already in use." };

  let adopted: { weights: number[]; fitId: string | null; kind: "personal" | "class" } | null = decision.adopt
    ? { weights: fit.weights, fitId: null, kind: "personal" }
    : null;
  const onOwnWeights = inUseFit !== null && inUseFit.classId === null;
  if (!adopted && items.length < MIN_REVIEWS_FULL && !onOwnWeights) {
    const prior = await offeredPrior(userId);
    if (prior && prior.fitId !== user.fsrsFitId) {
      adopted = { weights: prior.weights, fitId: prior.fitId, kind: "class" };
      decision = {
        adopt: false,
        reason: `${decision.reason} Until you have ${MIN_REVIEWS_FULL} reviews of your own, you start from the weights your class ${prior.className} fitted on its pooled reviews.`,
      };
    }
  }

  const row = await db.fsrsFit.create({
    data: {
      userId,
      reviews: items.length,
      outcome: fit.outcome,
      weights: JSON.stringify(fit.weights),
      baseWeights: JSON.stringify(inUse),
      ...scoreColumns(comparison),
      adopted: decision.adopt,
      decision: decision.reason,
      durationMs: 0,
    },
  });
  let rescheduled = 0;
  if (adopted) {
    const fitId = adopted.fitId ?? row.id;
    const weightsJson = JSON.stringify(adopted.weights);
    await db.user.update({ where: { id: userId }, data: { fsrsWeights: weightsJson, fsrsFitId: fitId } });
    rescheduled = await rescheduleLearner(userId, srsSettings({ ...user, fsrsWeights: weightsJson }));
  }
  await db.fsrsFit.update({ where: { id: row.id }, data: { rescheduled, durationMs: Date.now() - started } });
  return { fitId: row.id, adopted: adopted?.kind ?? null, reviews: items.length, rescheduled };
}
