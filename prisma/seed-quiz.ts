import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { DeckContent } from "@/lib/content/schema";
import { CONTENT_DIR } from "@/lib/content/load";
import { parseQuestionBank, type ParsedBank } from "@/lib/quiz/bank";
import { planItemSync, type WantedItem } from "@/lib/quiz/item-sync";

export type QuestionBanks = { deckSlug: string; bank: ParsedBank }[];
export type QuizSeedReport = { questions: { created: number; updated: number; retired: number }; quizzes: number };

/**
 * Reads and validates every deck's questions.json. Call it BEFORE writing anything: a bad
 * file throws with its name and the question, and the seed stops with nothing written.
 */
export function loadQuestionBanks(decks: DeckContent[], dir = CONTENT_DIR): QuestionBanks {
  return decks.flatMap((deck) => {
    const file = join(dir, deck.slug, "questions.json");
    if (!existsSync(file)) return [];
    const cards = new Map(deck.cards.map((c) => [c.key, c.experiment ?? null]));
    return [{ deckSlug: deck.slug, bank: parseQuestionBank(file, readFileSync(file, "utf8"), cards) }];
  });
}

/**
 * Upserts questions by their stable key (edits change text in place; a question that left
 * the file is retired, not deleted) and the content quizzes by key, e.g. "practice".
 */
export async function seedQuizContent(db: PrismaClient, banks: QuestionBanks): Promise<QuizSeedReport> {
  const report: QuizSeedReport = { questions: { created: 0, updated: 0, retired: 0 }, quizzes: 0 };
  for (const { deckSlug, bank } of banks) {
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: deckSlug }, select: { id: true } });
    const existing = new Set(
      // Only the shared bank: questions instructors wrote (ownerId set) are theirs, never retired by a seed.
      (await db.question.findMany({ where: { deckId: deck.id, ownerId: null }, select: { key: true } })).map(
        (q) => q.key,
      ),
    );
    const idByKey = new Map<string, { id: string; points: number }>();
    for (const q of bank.questions) {
      const fields = { ...q, deckId: deck.id, active: true };
      const row = await db.question.upsert({
        where: { key: q.key },
        create: fields,
        update: fields,
        select: { id: true, points: true },
      });
      idByKey.set(q.key, row);
      if (existing.delete(q.key)) report.questions.updated++;
      else report.questions.created++;
    }
    if (existing.size) {
      const { count } = await db.question.updateMany({
        where: { key: { in: [...existing] }, active: true },
        data: { active: false },
      });
      report.questions.retired += count;
    }
    for (const quiz of bank.quizzes) {
      const fields = {
        title: quiz.title,
        description: quiz.description,
        isPractice: true,
        shuffleQuestions: quiz.shuffleQuestions,
        shuffleOptions: quiz.shuffleOptions,
        layout: quiz.layout,
        gradingRule: "highest",
        reviewPolicy: "after_submit",
      };
      const row = await db.quiz.upsert({
        where: { key: quiz.key },
        create: { key: quiz.key, ...fields },
        update: fields,
        select: { id: true },
      });
      await db.$transaction((tx) =>
        applyItemSync(
          tx,
          row.id,
          quiz.questions.map((k) => ({ questionId: idByKey.get(k)!.id, points: idByKey.get(k)!.points })),
        ),
      );
      report.quizzes++;
    }
  }
  return report;
}

/** Applies lib/quiz/item-sync's plan inside a transaction: answered items are never deleted. */
export async function applyItemSync(tx: Prisma.TransactionClient, quizId: string, wanted: WantedItem[]) {
  const rows = await tx.quizItem.findMany({
    where: { quizId },
    select: { id: true, questionId: true, position: true, _count: { select: { answers: true } } },
  });
  const plan = planItemSync(
    rows.map((r) => ({ id: r.id, questionId: r.questionId, position: r.position, hasAnswers: r._count.answers > 0 })),
    wanted,
  );
  for (const p of plan.park) await tx.quizItem.update({ where: { id: p.id }, data: { position: p.position } });
  if (plan.deletes.length) await tx.quizItem.deleteMany({ where: { id: { in: plan.deletes } } });
  for (const u of plan.updates)
    await tx.quizItem.update({ where: { id: u.id }, data: { position: u.position, points: u.points } });
  for (const r of plan.retires) await tx.quizItem.update({ where: { id: r.id }, data: { position: r.position } });
  for (const c of plan.creates) await tx.quizItem.create({ data: { quizId, ...c } });
  return plan;
}
