import "server-only";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/content/markdown";
import { instanceAsShown, parseInstance } from "@/lib/quiz/generators";
import { applyOrder, attemptLayoutSchema } from "@/lib/quiz/layout";
import { parseShownQuestion, type QuizResponse } from "@/lib/quiz/question-types";
import { isExpired } from "@/lib/quiz/rules";
import { studentQuestion, type StudentQuestion } from "@/lib/quiz/student-view";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { finalizeAttempt, parseResponse } from "@/lib/server/quiz-grading";

/** Everything the attempt page sends to the browser. Nothing in it says what is correct. */
export type AttemptView =
  | { status: "submitted"; attemptId: string }
  | {
      status: "in_progress";
      attempt: { id: string; number: number; startedAt: string; deadlineAt: string | null; serverNow: string };
      quiz: { id: string; title: string; layout: "one" | "all"; isPractice: boolean };
      questions: StudentQuestion[];
      responses: Record<string, QuizResponse>;
    };

export async function getAttemptView(actor: Actor, attemptId: string, now = new Date()): Promise<AttemptView> {
  assertSignedIn(actor);
  // The select never names Question.answer or Question.explanation: they are not even read.
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      userId: true,
      number: true,
      status: true,
      startedAt: true,
      deadlineAt: true,
      layout: true,
      quiz: { select: { id: true, title: true, layout: true, isPractice: true } },
      answers: {
        select: {
          response: true,
          instance: true,
          quizItem: {
            select: { id: true, points: true, question: { select: { type: true, prompt: true, data: true } } },
          },
        },
      },
    },
  });
  if (!attempt || attempt.userId !== actor.id) throw notFound("There is no such attempt.");
  if (attempt.status === "in_progress" && isExpired(attempt.deadlineAt, now)) {
    await finalizeAttempt(attempt.id, { auto: true, at: attempt.deadlineAt! });
    return { status: "submitted", attemptId: attempt.id };
  }
  if (attempt.status !== "in_progress") return { status: "submitted", attemptId: attempt.id };

  const layout = attemptLayoutSchema.parse(JSON.parse(attempt.layout));
  const answers = applyOrder(
    attempt.answers.map((a) => ({ ...a, id: a.quizItem.id })),
    layout.items,
  );
  const responses: Record<string, QuizResponse> = {};
  const questions = answers.map((a, i) => {
    const q = a.quizItem.question;
    responses[a.id] = parseResponse(a.response);
    const generated = q.type === "generated" ? parseInstance(a.instance) : null;
    return studentQuestion({
      itemId: a.id,
      number: i + 1,
      points: a.quizItem.points,
      prompt: generated ? generated.prompt : q.prompt,
      question: generated ? instanceAsShown(generated) : parseShownQuestion(q.type, q.data),
      optionOrder: layout.options[a.id],
      render: renderMarkdown,
    });
  });
  return {
    status: "in_progress",
    attempt: {
      id: attempt.id,
      number: attempt.number,
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
    },
    quiz: {
      id: attempt.quiz.id,
      title: attempt.quiz.title,
      layout: attempt.quiz.layout === "all" ? "all" : "one",
      isPractice: attempt.quiz.isPractice,
    },
    questions,
    responses,
  };
}
