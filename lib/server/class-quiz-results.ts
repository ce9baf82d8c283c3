import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/actor";
import { activeStudents, ownedClass, QUIZ_NOT_FOUND } from "@/lib/server/class-access";
import { notFound } from "@/lib/server/errors";
import { closeExpired } from "@/lib/server/quiz-grading";
import { quizMarks, submittedAttempts } from "@/lib/server/class-sql";
import { asGradingRule, chooseGrade } from "@/lib/quiz/grading-rule";
import { analyzeItems, attemptsForAnalysis, histogram } from "@/lib/quiz/item-statistics";
import { randomGuessScore } from "@/lib/quiz/random-guess";
import type { AttemptSet } from "@/lib/validation/classes";
import { comparePlain } from "@/lib/classes/compare-names";

/**
 * Results of one quiz assigned to the caller's class: the recorded grades (each student's,
 * by the quiz's grading rule) as a histogram, and Moodle-style item analysis over the chosen
 * attempts of the students currently in the class. Only submitted attempts count (one past its
 * deadline is closed first, as its student's next visit would); an
 * unanswered or ungraded question scores 0 (Moodle's "treat omitted items as 0").
 */

/** Markdown prompt → one short line of text for a table. */
function plainText(md: string, max = 140) {
  const text = md
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/[`*_#>$\\[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export async function getQuizResults(actor: Actor, classId: string, quizId: string, selection: AttemptSet = "graded") {
  const cls = await ownedClass(actor, classId);
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, classId: cls.id },
    select: {
      id: true,
      title: true,
      gradingRule: true,
      openAt: true,
      closeAt: true,
      maxAttempts: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          points: true,
          question: { select: { prompt: true, type: true, data: true } },
        },
      },
    },
  });
  if (!quiz) throw notFound(QUIZ_NOT_FOUND);
  // An attempt past its deadline is closed lazily (on its student's next visit); close it now,
  // graded with what was saved, so the results count it without waiting for that visit.
  await closeExpired({ quizId: quiz.id });
  const rule = asGradingRule(quiz.gradingRule);
  const students = await activeStudents(cls.id);
  const attempts = await submittedAttempts(cls.id, [quiz.id]);

  const byStudent = new Map<string, typeof attempts>();
  for (const a of attempts) {
    const list = byStudent.get(a.userId);
    if (list) list.push(a);
    else byStudent.set(a.userId, [a]);
  }
  const grades = students.map((s) => ({
    student: s,
    grade: chooseGrade(byStudent.get(s.id) ?? [], rule),
    attempts: byStudent.get(s.id)?.length ?? 0,
  }));
  const recorded = grades.map((g) => g.grade).filter((g): g is number => g !== null);

  const chosen = [...byStudent.values()].flatMap((list) =>
    attemptsForAnalysis(
      list.map((a) => ({ ...a, fraction: a.maxScore ? (a.score ?? 0) / a.maxScore : 0 })),
      selection,
      rule,
    ),
  );
  // One row per attempt with a column per item (not one row per answer): the matrix, read as is.
  const marks = chosen.length
    ? await quizMarks(
        cls.id,
        quiz.id,
        quiz.items.map((it) => it.id),
      )
    : new Map<string, number[]>();
  const matrix = chosen.map((a) => marks.get(a.id) ?? quiz.items.map(() => 0));
  const analysis = analyzeItems({ maxMarks: quiz.items.map((it) => it.points), attempts: matrix });

  return {
    cls: { id: cls.id, name: cls.name },
    quiz: {
      id: quiz.id,
      title: quiz.title,
      gradingRule: rule,
      openAt: quiz.openAt,
      closeAt: quiz.closeAt,
      maxAttempts: quiz.maxAttempts,
    },
    selection,
    students: students.length,
    graded: recorded.length,
    histogram: histogram(recorded),
    grades: grades.sort((a, b) => (b.grade ?? -1) - (a.grade ?? -1) || comparePlain(a.student.name, b.student.name)),
    test: analysis.test,
    items: quiz.items.map((it, i) => ({
      id: it.id,
      position: it.position,
      points: it.points,
      type: it.question.type,
      prompt: plainText(it.question.prompt),
      randomGuess: randomGuessScore(it.question.type, it.question.data),
      ...analysis.items[i],
    })),
  };
}
