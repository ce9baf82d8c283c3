import "server-only";
import { closeExpired } from "@/lib/server/quiz-grading";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import { runCounts, submittedAttempts } from "@/lib/server/class-sql";
import { studentRows, zoneBounds, WINDOW_DAYS } from "@/lib/server/class-rollup";
import type { StudentProgress } from "@/lib/classes/progress";

/**
 * Fills the progress table for a class's students with a handful of aggregate queries over
 * small tables — the per-day rollups, card states, runs, attempts — each ~one row per student,
 * never the review logs (a class of 1,000 students has millions; lib/server/class-rollup.ts).
 * Callers have already checked that the actor owns the class, and pass its current students.
 */
export const RETENTION_DAYS = WINDOW_DAYS;

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

/** The progress rows, plus the proof runs per student and slug (the dashboard's proofs table), so nothing is queried twice. */
export async function studentProgress(
  classId: string,
  students: Student[],
  quizzes: Quiz[],
  now: Date,
): Promise<{ rows: StudentProgress[]; runs: RunCount[] }> {
  if (!students.length) return { rows: [], runs: [] };
  const quizIds = quizzes.map((q) => q.id);
  // Attempts past their deadline count as submitted with what was saved, before their students come back.
  if (quizIds.length) await closeExpired({ quizId: { in: quizIds } });
  const zones = zoneBounds(students, now);

  const [counts, runs, attempts] = await Promise.all([
    studentRows(classId, zones),
    runCounts(classId),
    submittedAttempts(classId, quizIds),
  ]);

  const runsBy = group(runs, (r) => r.userId);
  const attemptsBy = group(attempts, (a) => `${a.userId}|${a.quizId}`);
  const lastSubmitted = new Map<string, Date>();
  for (const a of attempts)
    if (a.submittedAt) lastSubmitted.set(a.userId, later(lastSubmitted.get(a.userId), a.submittedAt)!);

  const rows = students.map((s) => {
    const c = counts.get(s.id);
    const { studied, due: dueToday, overdue } = c ?? { studied: 0, due: 0, overdue: 0 };
    const w = c ?? { reviews: 0, base: 0, passed: 0 };
    const myRuns = runsBy.get(s.id) ?? [];
    const quizGrades: Record<string, number | null> = {};
    for (const q of quizzes)
      quizGrades[q.id] = chooseGrade(attemptsBy.get(`${s.id}|${q.id}`) ?? [], asGradingRule(q.gradingRule));
    const grades = Object.values(quizGrades).filter((g): g is number => g !== null);
    let lastActive = later(c?.last, lastSubmitted.get(s.id));
    for (const r of myRuns) lastActive = later(lastActive, r.last);
    return {
      ...s,
      studied,
      due: dueToday,
      overdue,
      retention: w.base ? w.passed / w.base : null,
      retentionBase: w.base,
      reviews30: w.reviews,
      lastActive,
      proofs: myRuns.length,
      proofRuns: myRuns.reduce((n, r) => n + r.runs, 0),
      quizGrades,
      quizMean: grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : null,
    };
  });
  return { rows, runs: runs.map((r) => ({ userId: r.userId, slug: r.slug, runs: r.runs })) };
}
