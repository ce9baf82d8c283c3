/**
 * The timing and review rules of a quiz, pure so they can be tested to the millisecond and
 * shared by every server function that touches an attempt.
 */
export const REVIEW_POLICIES = ["after_submit", "after_close", "never"] as const;
export const QUIZ_LAYOUTS = ["one", "all"] as const;

/**
 * Answers that arrive this long after the deadline still count: a save sent at 59.9 s
 * should not be lost to network latency. Anything later is refused.
 */
export const DEADLINE_GRACE_MS = 2_000;

export type QuizTiming = { openAt: Date | null; closeAt: Date | null; timeLimitSec: number | null };

export function quizWindow(q: Pick<QuizTiming, "openAt" | "closeAt">, now: Date): "upcoming" | "open" | "closed" {
  if (q.openAt && now < q.openAt) return "upcoming";
  if (q.closeAt && now >= q.closeAt) return "closed";
  return "open";
}

/** The earlier of start + time limit and the close time; null when neither applies. */
export function attemptDeadline(startedAt: Date, q: Pick<QuizTiming, "closeAt" | "timeLimitSec">): Date | null {
  const byLimit = q.timeLimitSec ? new Date(startedAt.getTime() + q.timeLimitSec * 1000) : null;
  if (byLimit && q.closeAt) return byLimit < q.closeAt ? byLimit : q.closeAt;
  return byLimit ?? q.closeAt ?? null;
}

/** Past the deadline (and its grace): the attempt takes no more answers and is graded as saved. */
export function isExpired(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/** May the student see correct answers and explanations of a submitted attempt now? */
export function reviewAllowed(policy: string, closeAt: Date | null, now: Date): boolean {
  if (policy === "after_submit") return true;
  if (policy === "after_close") return closeAt === null || now >= closeAt;
  return false;
}

export function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  return maxAttempts === null ? null : Math.max(0, maxAttempts - used);
}
