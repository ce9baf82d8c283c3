/**
 * The class progress table as plain data: one row per enrolled student, and the pure
 * operations on it (due counting in the student's own time zone, search, sort, pages,
 * the retention distribution). lib/server/class-progress.ts fills the rows from the database.
 */
import { dueByEndOfToday, isDue } from "@/lib/srs/due";
import { localDayKey, startOfLocalDay } from "@/lib/time/local-day";
import type { ProgressQuery, ProgressSort } from "@/lib/validation/classes";
import { compareByName } from "@/lib/classes/compare-names";

export type StudentProgress = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  joinedAt: Date;
  /** cards with at least one counted review */
  studied: number;
  /** due by the end of the student's local today (overdue included) */
  due: number;
  /** due before the start of the student's local today */
  overdue: number;
  /** true retention over the last 30 days (0–1), null with no review-state grades */
  retention: number | null;
  /** how many review-state grades the retention is based on */
  retentionBase: number;
  /** all grades in the last 30 days (practice included, undone excluded) */
  reviews30: number;
  /** latest review, proof run or quiz submission */
  lastActive: Date | null;
  /** distinct proofs (experiments) run, and total runs */
  proofs: number;
  proofRuns: number;
  /** recorded grade (0–1) per class quiz id, by each quiz's grading rule; null = none yet */
  quizGrades: Record<string, number | null>;
  /** mean of the recorded grades that exist */
  quizMean: number | null;
};

export type CardStateLite = { due: Date; state: number; reps: number };
export type DayBounds = { startOfToday: number; endOfToday: number };

/** Today's bounds in a time zone, as instants. Computed once per zone, not once per student. */
export function todayBounds(timeZone: string, now: Date): DayBounds {
  return {
    startOfToday: startOfLocalDay(localDayKey(now, timeZone), timeZone).getTime(),
    endOfToday: dueByEndOfToday(now, timeZone).getTime(),
  };
}

/** Studied / due / overdue for one student, by their local calendar day ("due" as in lib/srs/due.ts). */
export function countDue(states: CardStateLite[], today: DayBounds) {
  let studied = 0;
  let due = 0;
  let overdue = 0;
  for (const s of states) {
    if (s.reps > 0) studied++;
    if (isDue(s, today.endOfToday)) due++;
    if (isDue(s, today.startOfToday)) overdue++;
  }
  return { studied, due, overdue };
}

const sortValue: Record<Exclude<ProgressSort, "name">, (r: StudentProgress) => number | null> = {
  studied: (r) => r.studied,
  due: (r) => r.due,
  overdue: (r) => r.overdue,
  retention: (r) => r.retention,
  reviews: (r) => r.reviews30,
  active: (r) => r.lastActive?.getTime() ?? null,
  proofs: (r) => r.proofs,
  quiz: (r) => r.quizMean,
};

const byName = compareByName;

/** Search by name or email, sort (missing values always last, ties by name), then one page. */
export function queryProgress(rows: StudentProgress[], query: ProgressQuery, pageSize: number) {
  const q = query.q.toLowerCase();
  const found = q ? rows.filter((r) => r.name.toLowerCase().includes(q) || r.email.toLowerCase().includes(q)) : rows;
  const sign = query.dir === "desc" ? -1 : 1;
  const sorted = [...found].sort((a, b) => {
    if (query.sort === "name") return sign * byName(a, b);
    const va = sortValue[query.sort](a);
    const vb = sortValue[query.sort](b);
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(query.page, pages);
  return { rows: sorted.slice((page - 1) * pageSize, page * pageSize), total: sorted.length, page, pages };
}

/** Retention bands an instructor reads at a glance (FSRS aims at 0.90 by default). */
export const RETENTION_BANDS = [
  { label: "<50%", min: 0 },
  { label: "50s", min: 0.5 },
  { label: "60s", min: 0.6 },
  { label: "70s", min: 0.7 },
  { label: "80s", min: 0.8 },
  { label: "90+", min: 0.9 },
] as const;

export function retentionDistribution(rows: Pick<StudentProgress, "retention">[]) {
  const counts = RETENTION_BANDS.map(() => 0);
  for (const r of rows) {
    if (r.retention === null) continue;
    let band = 0;
    RETENTION_BANDS.forEach((b, i) => {
      if (r.retention! >= b.min) band = i;
    });
    counts[band]++;
  }
  return RETENTION_BANDS.map((b, i) => ({ label: b.label, count: counts[i] }));
}
