import "server-only";
import { db } from "@/lib/db";
import { fitScores } from "@/lib/server/fsrs-fit-row";
import { summarize, type CalibrationReport } from "@/lib/fsrs/calibration";
import { buildItems } from "@/lib/fsrs/items";
import { DEFAULT_WEIGHTS, MIN_REVIEWS_ANY, MIN_REVIEWS_FULL } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { COUNTED, learnerReviewRows } from "@/lib/server/fsrs-history";
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

/**
 * Calibration reports by learner, each with the version of the history it was computed from.
 * Replaying a year of reviews under two sets of weights takes ≈ 15 µs a review (ts-fsrs), so
 * a year of 5,000 reviews cost every /stats render ≈ 220 ms of CPU (`npm run bench:student-pages`);
 * the report changes only when a grade is added or undone, or the weights change. Per process
 * and bounded: a cache, not state.
 */
const calibrations = new Map<string, { version: string; report: CalibrationReport }>();
const MAX_CACHED = 500;

/** Predicted against measured recall of the caller's own reviews, default vs in-use weights. */
export async function getMyCalibration(actor: Actor): Promise<CalibrationReport> {
  assertSignedIn(actor);
  // Logs are never deleted: a grade adds one to `all` (and to `counted` if it counts), an undo
  // takes one from `counted` alone. So any change since the report moved one of the two counts
  // (both read from an index, without the rows).
  // (COUNTED in SQL; portable: tests/integration/fsrs-calibration-cache.test.ts runs on both databases.)
  const [user, [counts]] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true } }),
    db.$queryRaw<{ all: unknown; counted: unknown }[]>`
      SELECT COUNT(*) AS "all",
             SUM(CASE WHEN "mode" = ${COUNTED.mode} AND "undoneAt" IS NULL THEN 1 ELSE 0 END) AS "counted"
      FROM "ReviewLog" WHERE "userId" = ${actor.id}`,
  ]);
  const version = `${Number(counts.all)}|${Number(counts.counted ?? 0)}|${user.fsrsWeights ?? "default"}`;
  const cached = calibrations.get(actor.id);
  calibrations.delete(actor.id); // re-inserted below: the map's order is least recently used first
  if (cached?.version === version) {
    calibrations.set(actor.id, cached);
    return cached.report;
  }
  const items = buildItems(await learnerReviewRows(actor.id));
  const weights = parseWeights(user.fsrsWeights);
  const report = {
    reviews: items.length,
    default: summarize(items, predictRecall(items, DEFAULT_WEIGHTS)),
    inUse: weights ? summarize(items, predictRecall(items, weights)) : null,
  };
  calibrations.set(actor.id, { version, report });
  if (calibrations.size > MAX_CACHED) calibrations.delete(calibrations.keys().next().value!);
  return report;
}
