import type { Metrics } from "@/lib/fsrs/metrics";

/**
 * The adoption rule: new weights replace the ones in use only if, on the same later reviews
 * of a time-series split, the weights fitted on the earlier reviews predicted recall with a
 * strictly lower log loss than the weights in use did. A tie keeps what is in use (a change
 * reschedules every card, so it has to earn it).
 */
export type Comparison = { fitted: Metrics; inUse: Metrics };
export type Decision = { adopt: boolean; reason: string };

const f3 = (x: number) => x.toFixed(4);

export function decideAdoption(c: Comparison | null): Decision {
  if (!c || !(c.fitted.reviews > 0))
    return { adopt: false, reason: "Too few reviews to hold any back for a fair comparison; the weights in use stay." };
  const { fitted, inUse } = c;
  if (!Number.isFinite(fitted.logLoss) || !Number.isFinite(inUse.logLoss))
    return { adopt: false, reason: "The comparison gave no number; the weights in use stay." };
  if (fitted.logLoss < inUse.logLoss)
    return {
      adopt: true,
      reason: `Adopted: on ${fitted.reviews} later reviews the fitted weights had log loss ${f3(fitted.logLoss)} against ${f3(inUse.logLoss)} for the weights in use.`,
    };
  return {
    adopt: false,
    reason: `Kept the weights in use: on ${fitted.reviews} later reviews they had log loss ${f3(inUse.logLoss)}, the fitted weights ${f3(fitted.logLoss)} (not lower).`,
  };
}
