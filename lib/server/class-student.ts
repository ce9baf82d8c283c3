import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { classQuizzes, ownedStudent } from "@/lib/server/class-access";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import { trueRetention } from "@/lib/srs/true-retention";
import { addDays, localDayKey } from "@/lib/time/local-day";
import { countDue, todayBounds } from "@/lib/classes/progress";

/**
 * One student of the caller's class: card states, review history and quiz attempts. Only
 * for a student currently enrolled (ownedStudent refuses anyone else with "not found"), and
 * only this class's quizzes plus the practice quiz — not quizzes of other instructors' classes.
 */
const HISTORY_DAYS = 30;

export async function getStudentDetail(actor: Actor, classId: string, studentId: string, now = new Date()) {
  const { cls, student } = await ownedStudent(actor, classId, studentId);
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const quizzes = await classQuizzes(cls.id);
  const [states, windowLogs, recentLogs, attempts, runs] = await Promise.all([
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
    db.reviewLog.findMany({
      where: { userId: student.id, reviewedAt: { gte: since } },
      select: { reviewedAt: true, rating: true, prevState: true, mode: true, undoneAt: true },
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

  const today = localDayKey(now, student.timeZone);
  const perDay = new Map<string, number>();
  for (const l of windowLogs) {
    if (l.undoneAt) continue;
    const day = localDayKey(l.reviewedAt, student.timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const activity = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(today, i - HISTORY_DAYS + 1)).map((day) => ({
    day,
    count: perDay.get(day) ?? 0,
  }));

  return {
    cls: { id: cls.id, name: cls.name },
    student,
    retention: trueRetention(windowLogs),
    due: countDue(states, todayBounds(student.timeZone, now)),
    reviews30: windowLogs.filter((l) => !l.undoneAt).length,
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
