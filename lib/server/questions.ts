import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { authoredToForm, toStoredAuthored } from "@/lib/quiz/authored";
import { assertInstructor, type Actor } from "@/lib/server/actor";
import { conflict, invalid, notFound } from "@/lib/server/errors";
import type { QuestionFormInput } from "@/lib/validation/question";

/**
 * Questions an instructor writes: private to their author (and, through the author's quizzes,
 * to the author's classes). Another instructor neither sees them in the picker nor can put
 * them in a quiz; students meet them only inside a quiz they take, where the answer and the
 * explanation follow that quiz's review policy like any other question's.
 */
const newId = () => randomBytes(5).toString("hex");

export async function listMyQuestions(actor: Actor) {
  assertInstructor(actor);
  const rows = await db.question.findMany({
    where: { ownerId: actor.id },
    orderBy: [{ active: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      type: true,
      prompt: true,
      points: true,
      active: true,
      createdAt: true,
      _count: { select: { quizItems: true } },
    },
  });
  return rows.map(({ _count, ...q }) => ({ ...q, quizCount: _count.quizItems }));
}

async function ownQuestion(actor: Actor, id: string) {
  const q = await db.question.findUnique({ where: { id } });
  if (!q || q.ownerId !== actor.id) throw notFound("There is no such question among yours.");
  return q;
}

/**
 * Has a student started a quiz with this question? Then its answer must not change under them
 * (a grade must stay re-derivable, and an open attempt already shows its options).
 */
async function isAnswered(questionId: string) {
  return (await db.attempt.count({ where: { quiz: { items: { some: { questionId } } } } })) > 0;
}

/** The question as the edit form shows it. */
export async function getQuestionForEdit(actor: Actor, id: string) {
  assertInstructor(actor);
  const q = await ownQuestion(actor, id);
  const values: Record<string, string> = {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    points: String(q.points),
    cardKey: q.cardKey ?? "",
    ...authoredToForm(q.type, q.data, q.answer),
  };
  return {
    id: q.id,
    values,
    active: q.active,
    answered: await isAnswered(q.id),
  };
}
export type QuestionForEdit = Awaited<ReturnType<typeof getQuestionForEdit>>;

/** The cards a question can point to (its "study this card" and proof links). */
export async function listLinkableCards(actor: Actor) {
  assertInstructor(actor);
  return db.card.findMany({
    where: { active: true },
    orderBy: [{ deckId: "asc" }, { position: "asc" }],
    select: { key: true, title: true },
  });
}

/**
 * Creates or updates one of the instructor's questions. Once an attempt has it, its type,
 * answer and points are fixed (a grade must stay re-derivable); write a new question instead.
 */
export async function saveQuestion(actor: Actor, input: QuestionFormInput): Promise<{ questionId: string }> {
  assertInstructor(actor);
  const card = input.cardKey
    ? await db.card.findFirst({
        where: { key: input.cardKey, active: true },
        select: { key: true, deckId: true, experimentSlug: true },
      })
    : null;
  if (input.cardKey && !card) throw invalid("That card is no longer in the deck. Choose another or none.");
  const deckId = card?.deckId ?? (await db.deck.findFirst({ orderBy: { slug: "asc" }, select: { id: true } }))?.id;
  if (!deckId) throw invalid("There is no deck to attach questions to yet. Run the seed first.");
  const stored = toStoredAuthored(input, newId);
  const fields = {
    ...stored,
    prompt: input.prompt,
    explanation: input.explanation,
    points: input.points,
    cardKey: card?.key ?? null,
    experimentSlug: card?.experimentSlug ?? null,
    deckId,
  };
  if (!input.questionId) {
    const q = await db.question.create({
      data: { ...fields, key: `own:${newId()}${newId()}`, ownerId: actor.id },
      select: { id: true },
    });
    return { questionId: q.id };
  }
  const existing = await ownQuestion(actor, input.questionId);
  if (await isAnswered(existing.id)) {
    throw conflict(
      "Students have already been given this question, so its answer can no longer change. Retire it and write a new one instead.",
    );
  }
  await db.$transaction([
    db.question.update({ where: { id: existing.id }, data: fields }),
    // Quizzes not yet started carry the question's points.
    db.quizItem.updateMany({ where: { questionId: existing.id }, data: { points: input.points } }),
  ]);
  return { questionId: existing.id };
}

/** Retired: gone from the picker; quizzes that have it keep it. Restoring brings it back. */
export async function setQuestionActive(actor: Actor, id: string, active: boolean) {
  assertInstructor(actor);
  const q = await ownQuestion(actor, id);
  await db.question.update({ where: { id: q.id }, data: { active } });
}
