import "server-only";
import { db } from "@/lib/db";
import { fitScores } from "@/lib/server/fsrs-fit-row";
import { summarize, type CalibrationReport } from "@/lib/fsrs/calibration";
import { buildItems } from "@/lib/fsrs/items";
import { DEFAULT_WEIGHTS, MIN_REVIEWS_ANY, MIN_REVIEWS_FULL } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { learnerReviewRows } from "@/lib/server/fsrs-history";
import { enqueueJob, openJob } from "@/lib/server/fsrs-jobs";
import { parseWeights } from "@/lib/srs/weights";

/**
 * A learner's own memory model, for the settings and stats pages. Only the caller's rows are
 * read (actor.id in every query). Asking for a fit only queues a job: the fit runs in the
 * background runner, never in this request.
 */
export type WeightsSource = "default" | "personal" | "class";

export async function getMyMemoryModel(actor: Actor) {
  assertSignedIn(actor);
  const [user, lastFit, job, rows] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true, fsrsFitId: true } }),
    db.fsrsFit.findFirst({ where: { userId: actor.id }, orderBy: { fittedAt: "desc" } }),
    openJob("learner-fit", actor.id),
    learnerReviewRows(actor.id),
  ]);
  // User.fsrsFitId is a plain column (no relation): the fit in use is read on its own.
  const inUseFit = user.fsrsFitId
    ? await db.fsrsFit.findUnique({
        where: { id: user.fsrsFitId },
        select: { fittedAt: true, reviews: true, classId: true, class: { select: { name: true } } },
      })
    : null;
  const source: WeightsSource = !inUseFit ? "default" : inUseFit.classId ? "class" : "personal";
  return {
    source,
    weights: parseWeights(user.fsrsWeights) ?? [...DEFAULT_WEIGHTS],
    inUse: inUseFit
      ? { fittedAt: inUseFit.fittedAt, reviews: inUseFit.reviews, className: inUseFit.class?.name ?? null }
      : null,
    lastFit: lastFit && {
      fittedAt: lastFit.fittedAt,
      reviews: lastFit.reviews,
      ...fitScores(lastFit),
      adopted: lastFit.adopted,
      rescheduled: lastFit.rescheduled,
    },
    job: job && { status: job.status, queuedAt: job.createdAt },
    usable: buildItems(rows).length,
    minimums: { any: MIN_REVIEWS_ANY, full: MIN_REVIEWS_FULL },
  };
}
export type MyMemoryModel = Awaited<ReturnType<typeof getMyMemoryModel>>;

/** Queues a fit of the caller's own weights (or returns the one already queued). */
export async function requestMyFit(actor: Actor) {
  assertSignedIn(actor);
  const job = await enqueueJob("learner-fit", actor.id, "on-demand");
  return { status: job.status, queuedAt: job.createdAt };
}

/** Predicted against measured recall of the caller's own reviews, default vs in-use weights. */
export async function getMyCalibration(actor: Actor): Promise<CalibrationReport> {
  assertSignedIn(actor);
  const [user, rows] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true } }),
    learnerReviewRows(actor.id),
  ]);
  const items = buildItems(rows);
  const weights = parseWeights(user.fsrsWeights);
  return {
    reviews: items.length,
    default: summarize(items, predictRecall(items, DEFAULT_WEIGHTS)),
    inUse: weights ? summarize(items, predictRecall(items, weights)) : null,
  };
}
