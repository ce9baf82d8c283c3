/**
 * Which grade a quiz records when a student has several attempts. Pure; shared by the
 * student's result page, the instructor dashboard and the gradebook export.
 */
export const GRADING_RULES = ["highest", "last", "first", "average"] as const;
export type GradingRule = (typeof GRADING_RULES)[number];

/** Quiz.gradingRule is plain text in the database; anything unknown falls back to "highest" (the schema default). */
export function asGradingRule(value: string): GradingRule {
  return (GRADING_RULES as readonly string[]).includes(value) ? (value as GradingRule) : "highest";
}

export type GradedAttempt = { number: number; score: number | null; maxScore: number | null; submittedAt: Date | null };

/** The recorded grade as a fraction 0–1 of the maximum, or null when nothing is submitted yet. */
export function chooseGrade(attempts: GradedAttempt[], rule: GradingRule): number | null {
  const done = attempts
    .filter((a) => a.submittedAt && a.score !== null && a.maxScore)
    .sort((a, b) => a.number - b.number)
    .map((a) => (a.score as number) / (a.maxScore as number));
  if (!done.length) return null;
  switch (rule) {
    case "highest":
      return Math.max(...done);
    case "first":
      return done[0];
    case "last":
      return done[done.length - 1];
    case "average":
      return done.reduce((s, v) => s + v, 0) / done.length;
  }
}
