import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { activeStudents, classQuizzes, ownedClass } from "@/lib/server/class-access";
import { studentProgress, type RunCount } from "@/lib/server/class-progress";
import { cardWindow, lapsesPerCard, reviewsPerDay, zoneBounds } from "@/lib/server/class-rollup";
import { queryProgress, retentionDistribution } from "@/lib/classes/progress";
import { median } from "@/lib/stats";
import { addDays, localDayKey } from "@/lib/time/local-day";
import { PAGE_SIZE, type ProgressQuery } from "@/lib/validation/classes";

export const ACTIVITY_DAYS = 30;

/**
 * Grades per day over the last 30 days of the instructor's calendar, each grade dated on its
 * student's own local day (the day the rollup keeps; for a class in one time zone, the same).
 */
async function activityPerDay(classId: string, timeZone: string, now: Date) {
  const today = localDayKey(now, timeZone);
  const days = Array.from({ length: ACTIVITY_DAYS }, (_, i) => addDays(today, i - ACTIVITY_DAYS + 1));
  const counts = await reviewsPerDay(classId, days[0], today);
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** How many of the hardest cards the dashboard shows. */
export const HARDEST_SHOWN = 5;

/**
 * The hardest cards: by lapses per student who studied them (all time, from the card states),
 * then by the again-rate of the students' last 30 days. Only the cards that can be among the
 * first HARDEST_SHOWN (ties at the cut included) get their again-rate read, and only those
 * shown are returned: the per-card counts are the dashboard's largest read.
 */
async function hardestCards(classId: string, students: { timeZone: string }[], now: Date) {
  if (!students.length) return [];
  const [lapses, cards] = await Promise.all([
    lapsesPerCard(classId),
    db.card.findMany({ select: { id: true, title: true } }),
  ]);
  const title = new Map(cards.map((c) => [c.id, c.title]));
  const ranked = lapses
    .map((l) => ({ ...l, lapsesPerStudent: l.studiedBy ? l.lapses / l.studiedBy : 0 }))
    .sort((a, b) => b.lapsesPerStudent - a.lapsesPerStudent);
  const cut = ranked[Math.min(HARDEST_SHOWN, ranked.length) - 1]?.lapsesPerStudent ?? 0;
  const candidates = ranked.filter((c) => c.lapsesPerStudent >= cut);
  const window = new Map(
    (
      await cardWindow(
        classId,
        zoneBounds(students, now),
        candidates.map((c) => c.cardId),
      )
    ).map((w) => [w.cardId, w]),
  );
  return candidates
    .map((c) => {
      const w = window.get(c.cardId) ?? { graded: 0, again: 0 };
      return {
        cardId: c.cardId,
        title: title.get(c.cardId) ?? "(removed card)",
        lapses: c.lapses,
        studiedBy: c.studiedBy,
        lapsesPerStudent: c.lapsesPerStudent,
        reviews: w.graded,
        againRate: w.graded ? w.again / w.graded : null,
      };
    })
    .sort((a, b) => b.lapsesPerStudent - a.lapsesPerStudent || (b.againRate ?? 0) - (a.againRate ?? 0))
    .slice(0, HARDEST_SHOWN);
}

/** Which proofs were run, by how many students (from the per-student counts already loaded). */
function proofsRun(runs: RunCount[]) {
  const bySlug = new Map<string, { slug: string; students: number; runs: number }>();
  for (const r of runs) {
    const s = bySlug.get(r.slug) ?? { slug: r.slug, students: 0, runs: 0 };
    s.students++;
    s.runs += r.runs;
    bySlug.set(r.slug, s);
  }
  return [...bySlug.values()].sort((a, b) => b.students - a.students || a.slug.localeCompare(b.slug));
}

export async function getClassDashboard(actor: Actor, classId: string, query: ProgressQuery, now = new Date()) {
  const cls = await ownedClass(actor, classId);
  const [students, quizzes] = await Promise.all([activeStudents(cls.id), classQuizzes(cls.id)]);
  const [{ rows, runs }, activity, hardest] = await Promise.all([
    studentProgress(cls.id, students, quizzes, now),
    activityPerDay(cls.id, actor.timeZone, now),
    hardestCards(cls.id, students, now),
  ]);
  const weekAgo = now.getTime() - 7 * 86_400_000;
  const retentions = rows.map((r) => r.retention).filter((r): r is number => r !== null);
  return {
    cls,
    timeZone: actor.timeZone,
    summary: {
      students: rows.length,
      activeThisWeek: rows.filter((r) => r.lastActive && r.lastActive.getTime() >= weekAgo).length,
      medianRetention: median(retentions),
      reviews30: rows.reduce((n, r) => n + r.reviews30, 0),
      dueToday: rows.reduce((n, r) => n + r.due, 0),
      overdue: rows.reduce((n, r) => n + r.overdue, 0),
    },
    activity,
    retention: retentionDistribution(rows),
    hardest,
    proofs: proofsRun(runs),
    quizzes: quizzes.map((q) => {
      // studentProgress gives every row a grade (or null) for each of these quizzes.
      const grades = rows.map((r) => r.quizGrades[q.id]).filter((g) => g !== null);
      return {
        ...q,
        graded: grades.length,
        mean: grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : null,
      };
    }),
    table: queryProgress(rows, query, PAGE_SIZE),
  };
}
