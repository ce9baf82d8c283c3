import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { generate } from "@/lib/quiz/generators";
import { buildAttemptLayout, type LayoutInput } from "@/lib/quiz/layout";
import { deriveSeed } from "@/lib/quiz/random";
import { parseStoredQuestion, responseFits } from "@/lib/quiz/question-types";
import { attemptDeadline, DEADLINE_GRACE_MS, isExpired, quizWindow } from "@/lib/quiz/rules";
import { formatWhen } from "@/lib/quiz/time-format";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { conflict, expired, invalid, notFound } from "@/lib/server/errors";
import { assertCanTakeQuiz } from "@/lib/server/quiz-access";
import { closeExpired, finalizeAttempt, gradableFor } from "@/lib/server/quiz-grading";
import type { SaveAnswerInput } from "@/lib/validation/quiz";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { count } from "@/lib/plural";

const timeIsUp = (deadline: Date, tz: string) =>
  expired(
    `Time is up: this attempt closed at ${formatWhen(deadline, tz)}. The answers saved before then have been graded.`,
  );

/**
 * Starts an attempt, or resumes the one in progress. The attempt limit holds under races:
 * numbers are unique per (quiz, student), so two simultaneous starts cannot both create
 * attempt N; the loser finds the winner's attempt and resumes it.
 */
export async function startAttempt(
  actor: Actor,
  quizId: string,
  now = new Date(),
): Promise<{ attemptId: string; resumed: boolean }> {
  assertSignedIn(actor);
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    include: {
      items: {
        where: { position: { gt: 0 }, question: { active: true } },
        orderBy: { position: "asc" },
        include: { question: { select: { type: true, data: true, answer: true } } },
      },
    },
  });
  if (!quiz) throw notFound("There is no such quiz.");
  await assertCanTakeQuiz(actor, quiz);
  await closeExpired({ userId: actor.id, quizId }, now);
  for (let tries = 0; tries < 3; tries++) {
    const open = await db.attempt.findFirst({
      where: { quizId, userId: actor.id, status: "in_progress" },
      select: { id: true },
    });
    if (open) return { attemptId: open.id, resumed: true };
    const window = quizWindow(quiz, now);
    if (window !== "open") {
      const tz = actor.timeZone;
      throw conflict(
        window === "upcoming"
          ? `This quiz opens at ${formatWhen(quiz.openAt!, tz)}.`
          : `This quiz closed at ${formatWhen(quiz.closeAt!, tz)}.`,
      );
    }
    const last = await db.attempt.findFirst({
      where: { quizId, userId: actor.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const number = (last?.number ?? 0) + 1;
    if (quiz.maxAttempts !== null && number > quiz.maxAttempts) {
      throw conflict(`You have used all ${count(quiz.maxAttempts, "attempt", "attempts")} of this quiz.`);
    }
    if (!quiz.items.length) throw conflict("This quiz has no questions yet.");
    const seed = randomInt(1, 0x7fffffff);
    const layoutInput: LayoutInput[] = quiz.items.map((item) => {
      const q = item.question;
      if (q.type === "single" || q.type === "multiple" || q.type === "ordering") {
        const g = parseStoredQuestion(q.type, q.data, q.answer);
        const ids = g.type === "ordering" ? g.items.map((i) => i.id) : "options" in g ? g.options.map((o) => o.id) : [];
        return {
          id: item.id,
          type: q.type,
          optionIds: ids,
          correctOrder: g.type === "ordering" ? g.answer : undefined,
        };
      }
      return { id: item.id, type: q.type };
    });
    const layout = buildAttemptLayout(layoutInput, seed, quiz);
    try {
      const attempt = await db.attempt.create({
        data: {
          quizId,
          userId: actor.id,
          number,
          seed,
          startedAt: now,
          deadlineAt: attemptDeadline(now, quiz),
          layout: JSON.stringify(layout),
          answers: {
            create: quiz.items.map((item) => ({
              quizItemId: item.id,
              instance:
                item.question.type === "generated"
                  ? JSON.stringify(
                      generate(
                        (JSON.parse(item.question.data) as { generator: string }).generator,
                        deriveSeed(seed, `item:${item.id}`),
                      ),
                    )
                  : null,
            })),
          },
        },
        select: { id: true },
      });
      return { attemptId: attempt.id, resumed: false };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Someone (another tab, a double tap) created this number first: look again.
    }
  }
  throw conflict("Another attempt was started at the same moment. Please try again.");
}

async function ownAttempt(actor: Actor, attemptId: string) {
  assertSignedIn(actor);
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { id: true, userId: true, status: true, deadlineAt: true },
  });
  if (!attempt || attempt.userId !== actor.id) throw notFound("There is no such attempt.");
  return attempt;
}

/** Saves one answer while the attempt is open; late or post-submit answers are refused. */
export async function saveAnswer(actor: Actor, input: SaveAnswerInput, now = new Date()): Promise<{ savedAt: Date }> {
  const attempt = await ownAttempt(actor, input.attemptId);
  if (attempt.status !== "in_progress")
    throw conflict("This attempt has been submitted; its answers can no longer change.");
  if (isExpired(attempt.deadlineAt, now)) {
    await finalizeAttempt(attempt.id, { auto: true, at: attempt.deadlineAt! });
    throw timeIsUp(attempt.deadlineAt!, actor.timeZone);
  }
  const answer = await db.attemptAnswer.findUnique({
    where: { attemptId_quizItemId: { attemptId: attempt.id, quizItemId: input.quizItemId } },
    select: {
      id: true,
      response: true,
      instance: true,
      quizItem: { select: { points: true, question: { select: { type: true, data: true, answer: true } } } },
    },
  });
  if (!answer) throw notFound("That question is not part of this attempt.");
  if (!responseFits(gradableFor(answer), input.response)) throw invalid("That answer does not fit this question.");
  // The status and the deadline are checked again in the write itself, so a save racing a
  // submit (or the deadline) either lands before grading or is refused — never after.
  const written = await db.attemptAnswer.updateMany({
    where: {
      id: answer.id,
      attempt: {
        status: "in_progress",
        OR: [{ deadlineAt: null }, { deadlineAt: { gte: new Date(now.getTime() - DEADLINE_GRACE_MS) } }],
      },
    },
    data: { response: JSON.stringify(input.response), savedAt: now },
  });
  if (written.count === 0) throw conflict("This attempt has been submitted; its answers can no longer change.");
  return { savedAt: now };
}

/**
 * Submits and grades. Submitting twice grades once (the second call finds it submitted).
 * Past the deadline the attempt is closed with its saved answers and the submit is refused.
 */
export async function submitAttempt(
  actor: Actor,
  attemptId: string,
  now = new Date(),
): Promise<{ attemptId: string; alreadySubmitted: boolean }> {
  const attempt = await ownAttempt(actor, attemptId);
  if (attempt.status !== "in_progress") return { attemptId, alreadySubmitted: true };
  if (isExpired(attempt.deadlineAt, now)) {
    await finalizeAttempt(attempt.id, { auto: true, at: attempt.deadlineAt! });
    throw timeIsUp(attempt.deadlineAt!, actor.timeZone);
  }
  const graded = await finalizeAttempt(attempt.id, { auto: false, at: now });
  return { attemptId, alreadySubmitted: !graded };
}
