import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import { buildItems } from "@/lib/fsrs/items";
import { learnerReviewRows } from "@/lib/server/fsrs-history";
import { getMyMemoryModel } from "@/lib/server/fsrs-learner";
import { runLearnerFit } from "@/lib/server/fsrs-learner-fit";
import { recordGrade } from "@/lib/server/study";
import { rescheduleCard } from "@/lib/srs/reschedule";
import { createScheduler, srsSettings } from "@/lib/srs/scheduler";
import { fromRow, parseSnapshot } from "@/lib/srs/snapshot";
import { parseWeights } from "@/lib/srs/weights";
import { sameSnapshot } from "@/lib/srs/same-snapshot";
import { gradeSchema } from "@/lib/validation/study";
import { makeUser } from "./class-fixtures";
import { allLogs, insertHistory, insertSynthetic, makeDeck } from "./fsrs-fixtures";

let many: string[] = [];
let few: string[] = [];
beforeAll(async () => {
  many = await makeDeck("fit-many", 400);
  few = await makeDeck("fit-few", 3);
});

describe("a learner's background fit", () => {
  it("below the minimum: keeps the default weights and is told why", async () => {
    const me = await makeUser("student");
    const d = (n: number) => new Date(Date.UTC(2026, 5, 1 + n, 9));
    await insertHistory(me.id, few, [
      { seq: "x:c0", reviewedAt: d(0), rating: 3 },
      { seq: "x:c0", reviewedAt: d(2), rating: 3 },
      { seq: "x:c1", reviewedAt: d(0), rating: 1 },
      { seq: "x:c1", reviewedAt: d(1), rating: 3 },
      { seq: "x:c2", reviewedAt: d(3), rating: 4 },
    ]);
    const summary = await runLearnerFit(me.id);
    expect(summary).toMatchObject({ adopted: null, reviews: 2, rescheduled: 0 });
    expect(await db.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
      fsrsWeights: null,
      fsrsFitId: null,
    });
    const model = await getMyMemoryModel(me);
    expect(model).toMatchObject({ source: "default", usable: 2, minimums: { any: 8, full: 64 } });
    expect(model.weights).toEqual([...DEFAULT_WEIGHTS]);
    expect(model.lastFit).toMatchObject({ outcome: "defaults", adopted: false, reviews: 2 });
    expect(model.lastFit?.decision).toMatch(
      /default weights: it needs at least 8 reviews it can learn from, and you have 2 reviews/,
    );
  });

  it("adopts weights that predict the learner's later reviews better, reschedules every card, and keeps every review log row", async () => {
    const me = await makeUser("student");
    const written = await insertSynthetic(me.id, many, { seed: 7, days: 365 });
    const logsBefore = await allLogs(me.id);
    const statesBefore = await db.cardState.findMany({ where: { userId: me.id } });
    expect(logsBefore).toHaveLength(written);

    const summary = await runLearnerFit(me.id);
    expect(summary?.adopted).toBe("personal");
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    const fit = await db.fsrsFit.findUniqueOrThrow({ where: { id: summary!.fitId } });
    expect(fit).toMatchObject({ outcome: "full", adopted: true, userId: me.id });
    expect(fit.fittedLogLoss!).toBeLessThan(fit.baseLogLoss!);
    expect(user.fsrsFitId).toBe(fit.id);
    expect(parseWeights(user.fsrsWeights)).toEqual(JSON.parse(fit.weights));

    // The review log is exactly as it was: same rows, same columns.
    expect(await allLogs(me.id)).toEqual(logsBefore);
    // Every card state is its history replayed with the new weights (ts-fsrs reschedule).
    const settings = srsSettings(user);
    const statesAfter = await db.cardState.findMany({ where: { userId: me.id } });
    expect(statesAfter).toHaveLength(statesBefore.length);
    let moved = 0;
    let changed = 0;
    for (const row of statesAfter) {
      const history = logsBefore
        .filter((l) => l.cardId === row.cardId)
        .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
      expect(fromRow(row)).toEqual(rescheduleCard(history, settings));
      const before = statesBefore.find((s) => s.id === row.id)!;
      if (before.due.getTime() !== row.due.getTime()) moved++;
      if (!sameSnapshot(fromRow(before), fromRow(row))) changed++;
    }
    expect(changed).toBe(summary!.rescheduled);
    expect(moved).toBeGreaterThan(statesAfter.length / 2);

    // From now on the grade path schedules with them (read with the user row it already reads).
    const card = statesAfter[0];
    const g = gradeSchema.parse({
      id: randomUUID(),
      cardId: card.cardId,
      rating: 3,
      reviewedAt: new Date().toISOString(),
    });
    const receipt = await recordGrade(me, g);
    const expected = createScheduler(settings).grade(fromRow(card), 3, new Date(receipt.reviewedAt));
    expect(receipt.state).toEqual(expected.after);
    const withDefaults = createScheduler(srsSettings({ ...user, fsrsWeights: null })).grade(
      fromRow(card),
      3,
      new Date(receipt.reviewedAt),
    );
    expect(receipt.state?.stability).not.toBeCloseTo(withDefaults.after.stability, 3);
  });

  it("never learns from practice-mode or undone grades", async () => {
    const me = await makeUser("student");
    await insertSynthetic(me.id, few, { seed: 9, days: 120 });
    const counted = buildItems(await learnerReviewRows(me.id)).length;
    const logs = await allLogs(me.id);
    const last = logs.sort((a, b) => b.reviewedAt.getTime() - a.reviewedAt.getTime())[0];
    const later = (days: number) => new Date(last.reviewedAt.getTime() + days * 86_400_000);
    const base = {
      userId: me.id,
      cardId: last.cardId,
      stateBefore: last.stateAfter,
      stateAfter: last.stateAfter,
      prevState: 2,
    };
    await db.reviewLog.createMany({
      data: [
        { ...base, id: randomUUID(), rating: 1, reviewedAt: later(5), mode: "practice" },
        { ...base, id: randomUUID(), rating: 1, reviewedAt: later(6), undoneAt: later(6) },
      ],
    });
    expect(buildItems(await learnerReviewRows(me.id)).length).toBe(counted);
    expect(parseSnapshot(last.stateAfter)).not.toBeNull();
  });
});
