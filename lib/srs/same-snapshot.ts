import type { CardSnapshot } from "@/lib/srs/snapshot";

const FIELDS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;

/** Field-by-field equality (JSON key order must not matter). Both null = equal. */
export function sameSnapshot(a: CardSnapshot | null, b: CardSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return FIELDS.every((k) => a[k] === b[k]);
}
