import "server-only";
import { db } from "@/lib/db";
import { closeExpired } from "@/lib/server/quiz-grading";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import { cardStates, lastReviews, windowByStudentAndCard, type WindowRow } from "@/lib/server/class-sql";
import { countDue, todayBounds, type DayBounds, type StudentProgress } from "@/lib/classes/progress";

/**
 * Fills the progress table for a class's students with a handful of aggregate queries —
 * grouped counts and selected columns, never every review log (a class of 1,000 students
 * has millions; see lib/server/class-sql.ts). Callers have already checked that the actor
 * owns the class, and pass its current students.
 */
export const RETENTION_DAYS = 30;

type Student = { id: string; name: string; email: string; timeZone: string; joinedAt: Date };
type Quiz = { id: string; gradingRule: string };
export type RunCount = { userId: string; slug: string; runs: number };

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

/** Runs a Prisma query over an id list in slices: SQLite takes at most 999 bound values. */
export async function inSlices<T>(ids: string[], query: (slice: string[]) => Promise<T[]>, size = 500): Promise<T[]> {
  const parts: Promise<T[]>[] = [];
  for (let i = 0; i < ids.length; i += size) parts.push(query(ids.slice(i, i + size)));
  return (await Promise.all(parts)).flat();
}

/**
 * The progress rows, plus what the dashboard also needs (the window's per-(student, card)
 * counts, and proof runs per student and slug), so nothing is queried twice.
 */
export async function studentProgress(
  classId: string,
  students: Student[],
  quizzes: Quiz[],
  now: Date,
): Promise<{ rows: StudentProgress[]; window: WindowRow[]; runs: RunCount[] }> {
  const ids = students.map((s) => s.id);
  if (!ids.length) return { rows: [], window: [], runs: [] };
  const since = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const quizIds = quizzes.map((q) => q.id);
  // Attempts past their deadline count as submitted with what was saved, before their students come back.
  if (quizIds.length) await closeExpired({ quizId: { in: quizIds } });

  const [states, window, lastReview, runs, attempts] = await Promise.all([
    cardStates(classId),
    windowByStudentAndCard(classId, since),
    lastReviews(classId),
    inSlices(ids, (part) =>
      db.experimentRun.groupBy({
        by: ["userId", "experimentSlug"],
        where: { userId: { in: part } },
        _count: { _all: true },
        _max: { createdAt: true },
      }),
    ),
    quizIds.length
      ? inSlices(ids, (part) =>
          db.attempt.findMany({
            where: { userId: { in: part }, quizId: { in: quizIds }, status: "submitted" },
            select: { userId: true, quizId: true, number: true, score: true, maxScore: true, submittedAt: true },
          }),
        )
      : Promise.resolve([]),
  ]);

  const statesBy = group(states, (s) => s.userId);
  const windowBy = new Map<string, { reviews: number; base: number; passed: number }>();
  for (const w of window) {
    const t = windowBy.get(w.userId) ?? { reviews: 0, base: 0, passed: 0 };
    t.reviews += w.reviews;
    t.base += w.base;
    t.passed += w.passed;
    windowBy.set(w.userId, t);
  }
  const runsBy = group(runs, (r) => r.userId);
  const attemptsBy = group(attempts, (a) => `${a.userId}|${a.quizId}`);
  const lastSubmitted = new Map<string, Date>();
  for (const a of attempts)
    if (a.submittedAt) lastSubmitted.set(a.userId, later(lastSubmitted.get(a.userId), a.submittedAt)!);

  const zones = new Map<string, DayBounds>();
  const boundsFor = (tz: string) => zones.get(tz) ?? zones.set(tz, todayBounds(tz, now)).get(tz)!;
  const rows = students.map((s) => {
    const { studied, due, overdue } = countDue(statesBy.get(s.id) ?? [], boundsFor(s.timeZone));
    const w = windowBy.get(s.id) ?? { reviews: 0, base: 0, passed: 0 };
    const myRuns = runsBy.get(s.id) ?? [];
    const quizGrades: Record<string, number | null> = {};
    for (const q of quizzes)
      quizGrades[q.id] = chooseGrade(attemptsBy.get(`${s.id}|${q.id}`) ?? [], asGradingRule(q.gradingRule));
    const grades = Object.values(quizGrades).filter((g): g is number => g !== null);
    let lastActive = later(lastReview.get(s.id), lastSubmitted.get(s.id));
    for (const r of myRuns) lastActive = later(lastActive, r._max.createdAt);
    return {
      ...s,
      studied,
      due,
      overdue,
      retention: w.base ? w.passed / w.base : null,
      retentionBase: w.base,
      reviews30: w.reviews,
      lastActive,
      proofs: myRuns.length,
      proofRuns: myRuns.reduce((n, r) => n + r._count._all, 0),
      quizGrades,
      quizMean: grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : null,
    };
  });
  return { rows, window, runs: runs.map((r) => ({ userId: r.userId, slug: r.experimentSlug, runs: r._count._all })) };
}
