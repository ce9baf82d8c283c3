import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { classQuizzes, ownedStudent } from "@/lib/server/class-access";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import { addDays, localDayKey } from "@/lib/time/local-day";
import { countDue, todayBounds } from "@/lib/classes/progress";

/**
 * One student of the caller's class: card states, review counts of their last 30 local days
 * (from the per-day rollup), their 20 latest grades, and quiz attempts. Only
 * for a student currently enrolled (ownedStudent refuses anyone else with "not found"), and
 * only this class's quizzes plus the practice quiz — not quizzes of other instructors' classes.
 */
const HISTORY_DAYS = 30;

export async function getStudentDetail(actor: Actor, classId: string, studentId: string, now = new Date()) {
  const { cls, student } = await ownedStudent(actor, classId, studentId);
  const today = localDayKey(now, student.timeZone);
  const firstDay = addDays(today, 1 - HISTORY_DAYS); // the student's last 30 local days, today included
  const quizzes = await classQuizzes(cls.id);
  const [states, days, recentLogs, attempts, runs] = await Promise.all([
    db.cardState.findMany({
      where: { userId: student.id },
      select: {
        due: true,
        state: true,
        reps: true,
        lapses: true,
        stability: true,
        difficulty: true,
        lastReview: true,
        card: { select: { title: true, position: true } },
      },
    }),
    // The per-day counts the grade path keeps (lib/server/review-day.ts): at most 30 rows.
    db.reviewDay.findMany({
      where: { userId: student.id, day: { gte: firstDay } },
      select: { day: true, reviews: true, base: true, passed: true },
    }),
    db.reviewLog.findMany({
      where: { userId: student.id },
      orderBy: { reviewedAt: "desc" },
      take: 20,
      select: {
        id: true,
        reviewedAt: true,
        rating: true,
        prevState: true,
        mode: true,
        undoneAt: true,
        card: { select: { title: true } },
      },
    }),
    db.attempt.findMany({
      where: { userId: student.id, OR: [{ quizId: { in: quizzes.map((q) => q.id) } }, { quiz: { isPractice: true } }] },
      orderBy: [{ startedAt: "desc" }],
      select: {
        id: true,
        quizId: true,
        number: true,
        status: true,
        score: true,
        maxScore: true,
        startedAt: true,
        submittedAt: true,
        autoSubmitted: true,
        quiz: { select: { title: true, isPractice: true } },
      },
    }),
    db.experimentRun.findMany({
      where: { userId: student.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, experimentSlug: true, verdict: true, backend: true, createdAt: true },
    }),
  ]);

  const perDay = new Map(days.map((d) => [d.day, d.reviews]));
  const activity = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(today, i - HISTORY_DAYS + 1)).map((day) => ({
    day,
    count: perDay.get(day) ?? 0,
  }));
  const base = days.reduce((n, d) => n + d.base, 0);
  const passed = days.reduce((n, d) => n + d.passed, 0);

  return {
    cls: { id: cls.id, name: cls.name },
    student,
    // the same shape as lib/srs/true-retention.ts gives, from the rollup's counts
    retention: { rate: base ? passed / base : null, passed, total: base },
    due: countDue(states, todayBounds(student.timeZone, now)),
    reviews30: days.reduce((n, d) => n + d.reviews, 0),
    activity,
    cards: states
      .sort((a, b) => a.card.position - b.card.position)
      .map(({ card, ...s }) => ({ ...s, title: card.title })),
    recentLogs: recentLogs.map(({ card, ...l }) => ({ ...l, cardTitle: card.title })),
    quizzes: quizzes.map((q) => {
      const mine = attempts.filter((a) => a.quizId === q.id);
      return { ...q, grade: chooseGrade(mine, asGradingRule(q.gradingRule)), attempts: mine.length };
    }),
    attempts: attempts.map(({ quiz, ...a }) => ({ ...a, quizTitle: quiz.title, isPractice: quiz.isPractice })),
    runs,
  };
}
