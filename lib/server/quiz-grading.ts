import "server-only";
import { db } from "@/lib/db";
import { grade } from "@/lib/quiz/grade";
import { instanceAsQuestion, parseInstance } from "@/lib/quiz/generators";
import { parseStoredQuestion, type GradableQuestion, type QuizResponse } from "@/lib/quiz/question-types";
import { DEADLINE_GRACE_MS } from "@/lib/quiz/rules";
import { queueGradeForAttempt } from "@/lib/server/lti/grade-sync";

/**
 * Grading happens here and nowhere else: on submit, or when anything touches an attempt
 * that is past its deadline (the client may never call back — a closed laptop, a dead
 * battery — so the server closes it lazily with the answers saved in time).
 */

type AnswerForGrading = {
  response: string;
  instance: string | null;
  quizItem: { points: number; question: { type: string; data: string; answer: string } };
};

/** The question as graded: a generated one by the instance the student saw, as stored. */
export function gradableFor(a: AnswerForGrading): GradableQuestion {
  const q = a.quizItem.question;
  return q.type === "generated"
    ? instanceAsQuestion(parseInstance(a.instance))
    : parseStoredQuestion(q.type, q.data, q.answer);
}

export function parseResponse(json: string): QuizResponse {
  try {
    return JSON.parse(json) as QuizResponse;
  } catch {
    return null;
  }
}

/**
 * Closes and grades an attempt exactly once. The status flip is a conditional update
 * inside the transaction, so two submits racing (or a submit racing the lazy close) grade
 * once: the loser sees 0 rows changed and leaves. Returns whether this call graded it.
 */
export async function finalizeAttempt(attemptId: string, opts: { auto: boolean; at: Date }): Promise<boolean> {
  const graded = await gradeOnce(attemptId, opts);
  // An LMS-linked quiz sends the new grade to the LMS gradebook (queued; sent in the background).
  if (graded) await queueGradeForAttempt(attemptId);
  return graded;
}

function gradeOnce(attemptId: string, opts: { auto: boolean; at: Date }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const flip = await tx.attempt.updateMany({
      where: { id: attemptId, status: "in_progress" },
      data: { status: "submitted", submittedAt: opts.at, autoSubmitted: opts.auto },
    });
    if (flip.count === 0) return false;
    const answers = await tx.attemptAnswer.findMany({
      where: { attemptId },
      select: {
        id: true,
        response: true,
        instance: true,
        quizItem: { select: { points: true, question: { select: { type: true, data: true, answer: true } } } },
      },
    });
    let score = 0;
    let maxScore = 0;
    for (const a of answers) {
      const { fraction } = grade(gradableFor(a), parseResponse(a.response));
      const points = a.quizItem.points;
      score += fraction * points;
      maxScore += points;
      await tx.attemptAnswer.update({
        where: { id: a.id },
        data: { score: fraction * points, maxScore: points, gradedAt: opts.at },
      });
    }
    await tx.attempt.update({ where: { id: attemptId }, data: { score, maxScore } });
    return true;
  });
}

/** Closes every expired in-progress attempt matching the filter, each at its own deadline. */
export async function closeExpired(
  filter: { userId?: string; quizId?: string | { in: string[] }; attemptId?: string },
  now = new Date(),
): Promise<number> {
  const { attemptId, ...rest } = filter;
  const expired = await db.attempt.findMany({
    where: {
      ...rest,
      ...(attemptId ? { id: attemptId } : {}),
      status: "in_progress",
      deadlineAt: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) },
    },
    select: { id: true, deadlineAt: true },
  });
  let closed = 0;
  for (const a of expired) if (await finalizeAttempt(a.id, { auto: true, at: a.deadlineAt! })) closed++;
  return closed;
}
