/**
 * True retention: of the reviews of cards that were already in the Review state (state 2),
 * the share the learner recalled (graded Hard, Good or Easy rather than Again). Learning
 * steps and practice reviews do not count. Pure; used by the student's stats and the class
 * dashboard.
 */
export type RetentionLog = { rating: number; prevState: number; mode?: string; undoneAt?: Date | null };

export function trueRetention(logs: RetentionLog[]): { rate: number | null; passed: number; total: number } {
  let passed = 0;
  let total = 0;
  for (const l of logs) {
    if (l.prevState !== 2 || (l.mode && l.mode !== "review") || l.undoneAt) continue;
    total++;
    if (l.rating > 1) passed++;
  }
  return { rate: total ? passed / total : null, passed, total };
}
