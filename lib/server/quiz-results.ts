import "server-only";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/content/markdown";
import { grade, type Verdict } from "@/lib/quiz/grade";
import { parseInstance } from "@/lib/quiz/generators";
import { chooseGrade, type GradingRule } from "@/lib/quiz/grading-rule";
import { applyOrder, attemptLayoutSchema } from "@/lib/quiz/layout";
import { reviewAllowed } from "@/lib/quiz/rules";
import { toleranceNote } from "@/lib/quiz/student-view";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";
import { teachesQuiz } from "@/lib/server/quiz-access";
import { closeExpired, gradableFor, parseResponse } from "@/lib/server/quiz-grading";

export type ResultItem = {
  number: number;
  type: "single" | "multiple" | "numeric" | "text" | "ordering";
  promptHtml: string;
  points: number;
  score: number;
  verdict: Verdict;
  choices?: { id: string; html: string; chosen: boolean; correct: boolean }[];
  ordering?: {
    given: { id: string; html: string; correctPosition: number }[];
    correct: { id: string; html: string }[];
    firstLabel: string;
    lastLabel: string;
  };
  numeric?: { given: string | null; answer: string; unit?: string; tolerance: string };
  text?: { given: string | null; accepted: string[] };
  explanationHtml: string;
  workingHtml: string[];
  card: { title: string; href: string } | null;
  experimentHref: string | null;
};

const num = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 4 });

/**
 * A submitted attempt, for its student (or the class's instructor). Correct answers and
 * explanations are included only when the quiz's review policy allows it now.
 */
export async function getAttemptResult(actor: Actor, attemptId: string, now = new Date()) {
  assertSignedIn(actor);
  await closeExpired({ attemptId }, now);
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    include: {
      quiz: {
        select: {
          id: true,
          title: true,
          classId: true,
          isPractice: true,
          gradingRule: true,
          reviewPolicy: true,
          closeAt: true,
        },
      },
      answers: { include: { quizItem: { include: { question: { include: { deck: { select: { slug: true } } } } } } } },
    },
  });
  if (!attempt) throw notFound("There is no such attempt.");
  const isOwner = attempt.userId === actor.id;
  const isTeacher = !isOwner && (await teachesQuiz(actor, attempt.quiz));
  if (!isOwner && !isTeacher) throw notFound("There is no such attempt.");
  const others = await db.attempt.findMany({
    where: { quizId: attempt.quizId, userId: attempt.userId },
    select: { number: true, score: true, maxScore: true, submittedAt: true },
  });
  const summary = {
    quiz: attempt.quiz,
    attempt: {
      id: attempt.id,
      number: attempt.number,
      status: attempt.status,
      score: attempt.score,
      maxScore: attempt.maxScore,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
    },
    recordedGrade: chooseGrade(others, attempt.quiz.gradingRule as GradingRule),
    attemptCount: others.length,
    isOwner,
  };
  const review =
    attempt.status === "submitted" &&
    (isTeacher || reviewAllowed(attempt.quiz.reviewPolicy, attempt.quiz.closeAt, now));
  if (!review) return { ...summary, review: false as const, items: null };

  const cardKeys = [
    ...new Set(attempt.answers.map((a) => a.quizItem.question.cardKey).filter((k): k is string => !!k)),
  ];
  const cards = new Map(
    (await db.card.findMany({ where: { key: { in: cardKeys } }, select: { key: true, title: true } })).map((c) => [
      c.key,
      c.title,
    ]),
  );
  const layout = attemptLayoutSchema.parse(JSON.parse(attempt.layout));
  const ordered = applyOrder(
    attempt.answers.map((a) => ({ ...a, id: a.quizItemId })),
    layout.items,
  );
  const items: ResultItem[] = ordered.map((a, i) => {
    const question = a.quizItem.question;
    const q = gradableFor(a);
    const response = parseResponse(a.response);
    const instance = question.type === "generated" ? parseInstance(a.instance) : null;
    const html = (md: string) => renderMarkdown(md);
    const item: ResultItem = {
      number: i + 1,
      type: q.type,
      promptHtml: html(instance ? instance.prompt : question.prompt),
      points: a.maxScore ?? a.quizItem.points,
      score: a.score ?? 0,
      verdict: grade(q, response).verdict,
      explanationHtml: html(question.explanation),
      workingHtml: (instance?.working ?? []).map(html),
      card: question.cardKey
        ? {
            title: cards.get(question.cardKey) ?? question.cardKey,
            href: `/decks/${question.deck.slug}#${question.cardKey}`,
          }
        : null,
      experimentHref: question.experimentSlug
        ? `/experiments/${question.experimentSlug}${question.cardKey ? `?card=${question.cardKey}` : ""}`
        : null,
    };
    if (q.type === "single" || q.type === "multiple") {
      const picked = new Set(Array.isArray(response) ? response : typeof response === "string" ? [response] : []);
      const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
      item.choices = applyOrder(q.options, layout.options[a.quizItemId]).map((o) => ({
        id: o.id,
        html: html(o.text),
        chosen: picked.has(o.id),
        correct: right.has(o.id),
      }));
    } else if (q.type === "ordering") {
      const byId = new Map(q.items.map((o) => [o.id, o]));
      const given = Array.isArray(response) && response.length ? response : [];
      item.ordering = {
        given: given
          .filter((id) => byId.has(id))
          .map((id) => ({ id, html: html(byId.get(id)!.text), correctPosition: q.answer.indexOf(id) + 1 })),
        correct: q.answer.map((id) => ({ id, html: html(byId.get(id)!.text) })),
        firstLabel: q.firstLabel,
        lastLabel: q.lastLabel,
      };
    } else if (q.type === "numeric") {
      item.numeric = {
        given: typeof response === "string" && response.trim() ? response : null,
        answer: num(q.answer),
        unit: q.unit,
        tolerance: toleranceNote(q.tolerance),
      };
    } else {
      item.text = { given: typeof response === "string" && response.trim() ? response : null, accepted: q.answer };
    }
    return item;
  });
  return { ...summary, review: true as const, items };
}
