// Memory-model test data: synthetic review histories written as the app writes grades
// (each replayed through the scheduler, so ReviewLog states and CardState agree).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { ReviewRow } from "@/lib/fsrs/items";
import { createScheduler, srsSettings, type Rating } from "@/lib/srs/scheduler";
import type { CardSnapshot } from "@/lib/srs/snapshot";
import { toRow } from "@/lib/srs/snapshot";
import { syntheticLearner, type LearnerSpec } from "@/tests/support/fsrs-synthetic";

export async function makeDeck(slug: string, count: number) {
  const deck = await db.deck.create({ data: { slug, title: slug, description: "" } });
  await db.card.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      key: `${slug}-${i}`,
      deckId: deck.id,
      kind: "fact",
      position: i + 1,
      title: `${slug} ${i + 1}`,
      front: "Q",
      back: "A",
    })),
  });
  return (
    await db.card.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { id: true } })
  ).map((c) => c.id);
}

/** Writes a learner's history: rows' `seq` is the card's index in `cardIds`. */
export async function insertHistory(userId: string, cardIds: string[], rows: ReviewRow[]) {
  const scheduler = createScheduler(srsSettings({ desiredRetention: 0.9, timeZone: "UTC" }));
  const bySeq = new Map<string, ReviewRow[]>();
  for (const r of rows) bySeq.set(r.seq, [...(bySeq.get(r.seq) ?? []), r]);
  const logs = [];
  const states = [];
  for (const [seq, list] of bySeq) {
    const cardId = cardIds[Number(seq.split(":c").pop())];
    let state: CardSnapshot | null = null;
    for (const r of list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime())) {
      const g = scheduler.grade(state, r.rating as Rating, r.reviewedAt);
      logs.push({
        id: randomUUID(),
        userId,
        cardId,
        rating: r.rating,
        reviewedAt: r.reviewedAt,
        stateBefore: JSON.stringify(state),
        stateAfter: JSON.stringify(g.after),
        prevState: g.prevState,
        elapsedDays: g.elapsedDays,
        scheduledDays: g.scheduledDays,
      });
      state = g.after;
    }
    if (state) states.push({ userId, cardId, ...toRow(state), version: list.length });
  }
  for (let i = 0; i < logs.length; i += 500) await db.reviewLog.createMany({ data: logs.slice(i, i + 500) });
  await db.cardState.createMany({ data: states });
  return logs.length;
}

/** A synthetic learner (see tests/support/fsrs-synthetic.ts) written for `userId`. */
export function insertSynthetic(userId: string, cardIds: string[], spec: Omit<LearnerSpec, "cards">) {
  return insertHistory(userId, cardIds, syntheticLearner({ ...spec, cards: cardIds.length }));
}

/** Every column of every ReviewLog row of a learner, for before/after comparisons. */
export const allLogs = (userId: string) => db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } });
