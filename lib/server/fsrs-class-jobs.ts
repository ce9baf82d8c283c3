import "server-only";
import { db } from "@/lib/db";
import { scoreColumns } from "@/lib/server/fsrs-fit-row";
import { decideAdoption } from "@/lib/fsrs/adoption";
import { summarize, type ClassCalibrationReport } from "@/lib/fsrs/calibration";
import { buildItems, type FsrsItem } from "@/lib/fsrs/items";
import { DEFAULT_WEIGHTS, outcomeSentence } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { learnerReviewRows, pooledReviewRows } from "@/lib/server/fsrs-history";
import { compareOnLaterReviews, fitWeights } from "@/lib/server/fsrs-optimizer";
import { parseWeights } from "@/lib/srs/weights";

/**
 * A class's background jobs: the prior (weights fitted on the pooled reviews of its current
 * students, judged against the defaults by the same time-series rule as a learner's) and
 * the calibration its dashboard shows. Pooling keeps each student's cards as separate
 * histories; the newest MAX_POOLED items are used, which bounds one fit to ~10 s of CPU.
 */
const MAX_POOLED = 100_000;

const studentIds = async (classId: string) =>
  (await db.enrollment.findMany({ where: { classId, removedAt: null }, select: { userId: true } })).map(
    (e) => e.userId,
  );

export async function runClassFit(classId: string) {
  const started = Date.now();
  const ids = await studentIds(classId);
  const items = buildItems(await pooledReviewRows(ids)).slice(-MAX_POOLED);
  const fit = await fitWeights(items);
  const comparison = fit.outcome === "defaults" ? null : await compareOnLaterReviews(items, DEFAULT_WEIGHTS);
  const decision =
    fit.outcome === "defaults"
      ? { adopt: false, reason: outcomeSentence("defaults", items.length, "the class") }
      : decideAdoption(comparison);
  const row = await db.fsrsFit.create({
    data: {
      classId,
      reviews: items.length,
      students: ids.length,
      outcome: fit.outcome,
      weights: JSON.stringify(fit.weights),
      baseWeights: JSON.stringify(DEFAULT_WEIGHTS),
      ...scoreColumns(comparison),
      adopted: decision.adopt,
      decision: decision.reason.replace("the weights in use", "the default weights"),
      durationMs: Date.now() - started,
    },
  });
  return { fitId: row.id, reviews: items.length, offerable: decision.adopt };
}

export async function runClassCalibration(classId: string) {
  const students = await db.enrollment.findMany({
    where: { classId, removedAt: null },
    select: { user: { select: { id: true, fsrsWeights: true } } },
  });
  const items: FsrsItem[] = [];
  const byDefault: number[] = [];
  const byInUse: number[] = [];
  let personal = 0;
  for (const { user } of students) {
    const own = buildItems(await learnerReviewRows(user.id));
    const weights = parseWeights(user.fsrsWeights);
    if (weights) personal++;
    const d = predictRecall(own, DEFAULT_WEIGHTS);
    items.push(...own);
    byDefault.push(...d);
    byInUse.push(...(weights ? predictRecall(own, weights) : d));
  }
  const report: ClassCalibrationReport = {
    reviews: items.length,
    students: students.length,
    notOnDefaults: personal,
    default: summarize(items, byDefault),
    inUse: personal ? summarize(items, byInUse) : null,
  };
  await db.classCalibration.upsert({
    where: { classId },
    create: { classId, data: JSON.stringify(report) },
    update: { data: JSON.stringify(report), computedAt: new Date() },
  });
  return { reviews: items.length, students: students.length };
}
