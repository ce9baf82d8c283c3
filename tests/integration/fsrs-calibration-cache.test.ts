import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { createUser } from "@/lib/server/users";
import { recordGrade, undoGrade } from "@/lib/server/study";
import { getMyCalibration } from "@/lib/server/fsrs-learner";
import { learnerReviewRows } from "@/lib/server/fsrs-history";
import { buildItems } from "@/lib/fsrs/items";
import { summarize } from "@/lib/fsrs/calibration";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { parseWeights } from "@/lib/srs/weights";
import { gradeSchema } from "@/lib/validation/study";
import type { Actor } from "@/lib/server/actor";

// getMyCalibration keeps each learner's report until their counted history or weights change:
// after every kind of change it must equal the report computed from scratch.

const DAY = 86_400_000;
let cards: string[] = [];
beforeAll(async () => {
  await seedDecks(db, loadDecks());
  cards = (await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true } })).map((c) => c.id);
});

async function fromScratch(actor: Actor) {
  const items = buildItems(await learnerReviewRows(actor.id));
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsWeights: true } });
  const weights = parseWeights(user.fsrsWeights);
  return {
    reviews: items.length,
    default: summarize(items, predictRecall(items, DEFAULT_WEIGHTS)),
    inUse: weights ? summarize(items, predictRecall(items, weights)) : null,
  };
}

const grade = (actor: Actor, cardId: string, rating: number, at: Date, mode: "review" | "practice" = "review") =>
  recordGrade(actor, gradeSchema.parse({ id: randomUUID(), cardId, rating, reviewedAt: at.toISOString(), mode }));

describe("the learner's calibration report", () => {
  it("follows every change of the counted history and of the weights, and nothing else", async () => {
    const me = await createUser({
      name: "C",
      email: `cal-${randomUUID().slice(0, 8)}@example.edu`,
      password: "abcdefg1",
      role: "student",
      timeZone: "Europe/Berlin",
    });
    const start = Date.now() - 40 * DAY;
    // Four cards graded on days 0, 3, 9 and 20: items from the second review on.
    for (const [k, day] of [0, 3, 9, 20].entries())
      for (const [i, card] of cards.slice(0, 4).entries())
        await grade(me, card, 1 + ((i + k) % 4), new Date(start + day * DAY + i * 60_000));
    const first = await getMyCalibration(me);
    expect(first).toEqual(await fromScratch(me));
    expect(first.reviews).toBe(12);
    expect(await getMyCalibration(me)).toEqual(first); // asked again: the same report

    // A new counted grade is in the next report.
    const late = await grade(me, cards[0], 3, new Date(start + 30 * DAY));
    const second = await getMyCalibration(me);
    expect(second.reviews).toBe(13);
    expect(second).toEqual(await fromScratch(me));

    // Practice grades never count: the report stays.
    await grade(me, cards[1], 1, new Date(start + 31 * DAY), "practice");
    expect(await getMyCalibration(me)).toEqual(second);

    // Undoing the counted grade takes it out again.
    await undoGrade(me, { id: late.id });
    const third = await getMyCalibration(me);
    expect(third.reviews).toBe(12);
    expect(third).toEqual(await fromScratch(me));

    // New weights in use: the report adds their line.
    const w = [...DEFAULT_WEIGHTS];
    w[0] = w[0] * 2;
    await db.user.update({ where: { id: me.id }, data: { fsrsWeights: JSON.stringify(w) } });
    const fourth = await getMyCalibration(me);
    expect(fourth.inUse).not.toBeNull();
    expect(fourth).toEqual(await fromScratch(me));
  });
});
