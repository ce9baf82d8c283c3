/**
 * The FSRS-6 weights a learner is scheduled with, as kept on their User row (JSON text, 21
 * numbers; null = ts-fsrs's defaults). Anything that is not 21 finite numbers counts as
 * "defaults", so a damaged value can never stop a learner from grading.
 */
export const WEIGHT_COUNT = 21;

export function parseWeights(json: string | null | undefined): number[] | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) && v.length === WEIGHT_COUNT && v.every((x) => typeof x === "number" && Number.isFinite(x))
      ? (v as number[])
      : null;
  } catch {
    return null;
  }
}
