import { GRADING_RULES, type GradingRule } from "@/lib/quiz/grading-rule";

/** Quiz.gradingRule is plain text in the database; anything unknown falls back to "highest" (the schema default). */
export function asGradingRule(value: string): GradingRule {
  return (GRADING_RULES as readonly string[]).includes(value) ? (value as GradingRule) : "highest";
}
