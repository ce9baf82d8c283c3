import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { activeStudents, classQuizzes, ownedClass } from "@/lib/server/class-access";
import { RETENTION_DAYS, studentProgress } from "@/lib/server/class-progress";
import { queryProgress, retentionDistribution } from "@/lib/classes/progress";
import { median } from "@/lib/quiz/item-statistics";
import { addDays, localDayKey, startOfLocalDay } from "@/lib/time/local-day";
import { PAGE_SIZE, type ProgressQuery } from "@/lib/validation/classes";

export const ACTIVITY_DAYS = 30;

/**
 * Reviews per local day (the instructor's time zone) for the class. One COUNT per day over
 * the (userId, reviewedAt) index keeps it portable (no SQL date functions) and cheap.
 */
async function activityPerDay(ids: string[], timeZone: string, now: Date) {
  const today = localDayKey(now, timeZone);
  const days = Array.from({ length: ACTIVITY_DAYS }, (_, i) => addDays(today, i - ACTIVITY_DAYS + 1));
  const bounds = [...days, addDays(today, 1)].map((d) => startOfLocalDay(d, timeZone));
  const counts = ids.length
    ? await Promise.all(days.map((_, i) => db.reviewLog.count({ where: { userId: { in: ids }, undoneAt: null, reviewedAt: { gte: bounds[i], lt: bounds[i + 1] } } })))
    : days.map(() => 0);
  return days.map((day, i) => ({ day, count: counts[i] }));
}

/** Cards by lapses (all time, from the card states) with the again-rate of the last 30 days. */
async function hardestCards(ids: string[], since: Date) {
  if (!ids.length) return [];
  const [lapses, ratings, cards] = await Promise.all([
    db.cardState.groupBy({ by: ["cardId"], where: { userId: { in: ids }, reps: { gt: 0 } }, _sum: { lapses: true }, _count: { _all: true } }),
    db.reviewLog.groupBy({ by: ["cardId", "rating"], where: { userId: { in: ids }, reviewedAt: { gte: since }, mode: "review", undoneAt: null }, _count: { _all: true } }),
    db.card.findMany({ select: { id: true, title: true, key: true } }),
  ]);
  const title = new Map(cards.map((c) => [c.id, c.title]));
  return lapses
    .map((l) => {
      const mine = ratings.filter((r) => r.cardId === l.cardId);
      const reviews = mine.reduce((n, r) => n + r._count._all, 0);
      const again = mine.filter((r) => r.rating === 1).reduce((n, r) => n + r._count._all, 0);
      return {
        cardId: l.cardId,
        title: title.get(l.cardId) ?? "(removed card)",
        lapses: l._sum.lapses ?? 0,
        studiedBy: l._count._all,
        lapsesPerStudent: l._count._all ? (l._sum.lapses ?? 0) / l._count._all : 0,
        reviews,
        againRate: reviews ? again / reviews : null,
      };
    })
    .sort((a, b) => b.lapsesPerStudent - a.lapsesPerStudent || (b.againRate ?? 0) - (a.againRate ?? 0));
}

async function proofsRun(ids: string[]) {
  if (!ids.length) return [];
  const runs = await db.experimentRun.groupBy({ by: ["experimentSlug", "userId"], where: { userId: { in: ids } }, _count: { _all: true } });
  const bySlug = new Map<string, { slug: string; students: number; runs: number }>();
  for (const r of runs) {
    const s = bySlug.get(r.experimentSlug) ?? { slug: r.experimentSlug, students: 0, runs: 0 };
    s.students++;
    s.runs += r._count._all;
    bySlug.set(r.experimentSlug, s);
  }
  return [...bySlug.values()].sort((a, b) => b.students - a.students || a.slug.localeCompare(b.slug));
}

export async function getClassDashboard(actor: Actor, classId: string, query: ProgressQuery, now = new Date()) {
  const cls = await ownedClass(actor, classId);
  const [students, quizzes, me] = await Promise.all([
    activeStudents(cls.id),
    classQuizzes(cls.id),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } }),
  ]);
  const ids = students.map((s) => s.id);
  const since = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const [rows, activity, hardest, proofs] = await Promise.all([
    studentProgress(students, quizzes, now),
    activityPerDay(ids, me.timeZone, now),
    hardestCards(ids, since),
    proofsRun(ids),
  ]);
  const weekAgo = now.getTime() - 7 * 86_400_000;
  const retentions = rows.map((r) => r.retention).filter((r): r is number => r !== null);
  return {
    cls,
    timeZone: me.timeZone,
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
    proofs,
    quizzes: quizzes.map((q) => {
      const grades = rows.map((r) => r.quizGrades[q.id]).filter((g): g is number => g !== null && g !== undefined);
      return { ...q, graded: grades.length, mean: grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : null };
    }),
    table: queryProgress(rows, query, PAGE_SIZE),
  };
}
