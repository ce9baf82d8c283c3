import "server-only";
import type { FitOutcome } from "@/lib/fsrs/outcome";

/**
 * The scores an FsrsFit row keeps, written and read the same way for a learner's fit and a
 * class's: one place, so the two pages cannot drift in how a missing comparison reads.
 * (Structural types: importing the optimizer's own would pull the native binding towards pages.)
 */
type Scores = { logLoss: number; rmseBins: number };
type Comparison = { fitted: Scores & { reviews: number }; inUse: Scores } | null;

/** Columns for `db.fsrsFit.create`; a fit that returned the defaults has no comparison. */
export const scoreColumns = (comparison: Comparison) => ({
  fittedLogLoss: comparison?.fitted.logLoss ?? null,
  fittedRmseBins: comparison?.fitted.rmseBins ?? null,
  baseLogLoss: comparison?.inUse.logLoss ?? null,
  baseRmseBins: comparison?.inUse.rmseBins ?? null,
  testReviews: comparison?.fitted.reviews ?? 0,
});

type ScoreRow = {
  outcome: string;
  fittedLogLoss: number | null;
  fittedRmseBins: number | null;
  baseLogLoss: number | null;
  baseRmseBins: number | null;
  testReviews: number;
  decision: string;
};

/** What the settings page and the class's memory-model page show of a stored fit. */
export const fitScores = (row: ScoreRow) => ({
  outcome: row.outcome as FitOutcome,
  fitted: row.fittedLogLoss === null ? null : { logLoss: row.fittedLogLoss, rmseBins: row.fittedRmseBins ?? NaN },
  base: row.baseLogLoss === null ? null : { logLoss: row.baseLogLoss, rmseBins: row.baseRmseBins ?? NaN },
  testReviews: row.testReviews,
  decision: row.decision,
});
