import "server-only";
import { db } from "@/lib/db";
import { chooseGrade, GRADING_RULES, type GradingRule } from "@/lib/quiz/grading-rule";
import { countDue, type CardStateLite, type StudentProgress } from "@/lib/classes/progress";

/**
 * Fills the progress table for a class's students with a handful of aggregate queries —
 * grouped counts and selected columns, never every review log (a class of 1,000 students
 * has millions). Callers have already checked that the actor owns the class.
 */
export const RETENTION_DAYS = 30;

type Student = { id: string; name: string; email: string; timeZone: string; joinedAt: Date };
type Quiz = { id: string; gradingRule: string };

const asRule = (r: string): GradingRule => ((GRADING_RULES as readonly string[]).includes(r) ? (r as GradingRule) : "highest");
const later = (a: Date | null | undefined, b: Date | null | undefined) => (!a ? (b ?? null) : !b || a > b ? a : b);

function group<T, K>(rows: T[], key: (r: T) => K) {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export async function studentProgress(students: Student[], quizzes: Quiz[], now: Date): Promise<StudentProgress[]> {
  const ids = students.map((s) => s.id);
  if (!ids.length) return [];
  const since = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const inClass = { userId: { in: ids } };

  const [states, retention, window, runs, attempts] = await Promise.all([
    db.cardState.findMany({ where: inClass, select: { userId: true, due: true, state: true, reps: true } }),
    // True retention, as lib/srs/true-retention.ts defines it: review-state cards (prevState 2),
    // review mode, not undone; passed = graded above Again. Counted in the database.
    db.reviewLog.groupBy({
      by: ["userId", "rating"],
      where: { ...inClass, reviewedAt: { gte: since }, prevState: 2, mode: "review", undoneAt: null },
      _count: { _all: true },
    }),
    db.reviewLog.groupBy({ by: ["userId"], where: { ...inClass, reviewedAt: { gte: since }, undoneAt: null }, _count: { _all: true }, _max: { reviewedAt: true } }),
    db.experimentRun.groupBy({ by: ["userId", "experimentSlug"], where: inClass, _count: { _all: true }, _max: { createdAt: true } }),
    quizzes.length
      ? db.attempt.findMany({
          where: { ...inClass, quizId: { in: quizzes.map((q) => q.id) }, status: "submitted" },
          select: { userId: true, quizId: true, number: true, score: true, maxScore: true, submittedAt: true },
        })
      : Promise.resolve([]),
  ]);

  // Last review for students with nothing in the window: one more grouped query, for them only.
  const recent = new Map(window.map((w) => [w.userId, w]));
  const quiet = ids.filter((id) => !recent.has(id));
  const older = quiet.length
    ? await db.reviewLog.groupBy({ by: ["userId"], where: { userId: { in: quiet }, undoneAt: null }, _max: { reviewedAt: true } })
    : [];
  const lastReview = new Map<string, Date | null>([...window, ...older].map((w) => [w.userId, w._max.reviewedAt]));

  const statesBy = group(states, (s) => s.userId);
  const retentionBy = group(retention, (r) => r.userId);
  const runsBy = group(runs, (r) => r.userId);
  const attemptsBy = group(attempts, (a) => `${a.userId}|${a.quizId}`);
  const lastSubmitted = new Map<string, Date>();
  for (const a of attempts) if (a.submittedAt) lastSubmitted.set(a.userId, later(lastSubmitted.get(a.userId), a.submittedAt)!);

  return students.map((s) => {
    const { studied, due, overdue } = countDue((statesBy.get(s.id) ?? []) as CardStateLite[], s.timeZone, now);
    const ret = retentionBy.get(s.id) ?? [];
    const base = ret.reduce((n, r) => n + r._count._all, 0);
    const passed = ret.filter((r) => r.rating > 1).reduce((n, r) => n + r._count._all, 0);
    const myRuns = runsBy.get(s.id) ?? [];
    const quizGrades: Record<string, number | null> = {};
    for (const q of quizzes) quizGrades[q.id] = chooseGrade(attemptsBy.get(`${s.id}|${q.id}`) ?? [], asRule(q.gradingRule));
    const grades = Object.values(quizGrades).filter((g): g is number => g !== null);
    let lastActive = later(lastReview.get(s.id), lastSubmitted.get(s.id));
    for (const r of myRuns) lastActive = later(lastActive, r._max.createdAt);
    return {
      ...s,
      studied,
      due,
      overdue,
      retention: base ? passed / base : null,
      retentionBase: base,
      reviews30: recent.get(s.id)?._count._all ?? 0,
      lastActive,
      proofs: myRuns.length,
      proofRuns: myRuns.reduce((n, r) => n + r._count._all, 0),
      quizGrades,
      quizMean: grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : null,
    };
  });
}
