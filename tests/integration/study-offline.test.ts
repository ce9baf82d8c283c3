import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { createUser } from "@/lib/server/users";
import { recordGrade, undoGrade } from "@/lib/server/study";
import { getStudySnapshot } from "@/lib/server/study-snapshot";
import { getStudyQueue } from "@/lib/server/study-queue";
import { gradeSchema } from "@/lib/validation/study";
import { createScheduler, srsSettings, type Rating } from "@/lib/srs/scheduler";
import { fromRow, parseSnapshot } from "@/lib/srs/snapshot";
import { offlineSession } from "@/lib/srs/study-snapshot";
import type { Op } from "@/lib/srs/grade-outbox";
import type { Actor } from "@/lib/server/actor";
import { addDays, localDayKey, startOfLocalDay } from "@/lib/time/local-day";
import { ALL_CARDS } from "../support/content";

// Offline study against a real SQLite file: a grade made offline that reaches the server after a
// later grade from another device, and the snapshot a device reviews from offline.

let n = 0;
const student = (): Promise<Actor> =>
  createUser({
    name: "S",
    email: `off${++n}-${randomUUID().slice(0, 6)}@example.edu`,
    password: "abcdefg1",
    role: "student",
    timeZone: "Europe/Berlin",
  });
const MIN = 60_000;
/**
 * Yesterday at noon in the learner's zone: tests that count "today" grade then and ask an hour
 * later, so they do not depend on the hour they run at (just after local midnight, "30 minutes
 * ago" is another day).
 */
const yesterdayNoon = () =>
  new Date(
    startOfLocalDay(addDays(localDayKey(new Date(), "Europe/Berlin"), -1), "Europe/Berlin").getTime() + 12 * 60 * MIN,
  );
const grade = (cardId: string, rating: number, at: Date, id = randomUUID()) =>
  gradeSchema.parse({ id, cardId, rating, reviewedAt: at.toISOString() });
const logsOf = (userId: string, cardId: string) =>
  db.reviewLog.findMany({ where: { userId, cardId }, orderBy: { reviewedAt: "asc" } });

let cards: { id: string; key: string }[] = [];
beforeAll(async () => {
  await seedDecks(db, loadDecks());
  cards = await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true, key: true } });
});

describe("a grade made offline that arrives late", () => {
  it("is applied in review-time order: the later grades are replayed after it, each log kept once", async () => {
    const me = await student();
    const card = cards[0].id;
    const t0 = new Date(Date.now() - 90 * MIN);
    // Phone (offline) grades at t0 and t0+40m; the laptop (online) grades at t0+20m and t0+60m, which land first.
    const laptop = [
      grade(card, 3, new Date(t0.getTime() + 20 * MIN)),
      grade(card, 1, new Date(t0.getTime() + 60 * MIN)),
    ];
    const phone = [grade(card, 4, t0), grade(card, 3, new Date(t0.getTime() + 40 * MIN))];
    for (const g of laptop) await recordGrade(me, g);
    const receipts = [];
    for (const g of phone) receipts.push(await recordGrade(me, g));
    for (const g of phone) await recordGrade(me, g); // the phone retries: nothing changes

    const logs = await logsOf(me.id, card);
    expect(logs.map((l) => l.id)).toEqual([phone[0].id, laptop[0].id, phone[1].id, laptop[1].id]);
    expect(logs.map((l) => l.reviewedAt.toISOString())).toEqual(
      [phone[0], laptop[0], phone[1], laptop[1]].map((g) => g.reviewedAt.toISOString()),
    );
    // One chain in time order, equal to grading the four in that order on one device.
    const scheduler = createScheduler(srsSettings({ desiredRetention: 0.9, timeZone: "Europe/Berlin" }));
    let state = null;
    for (const [i, l] of logs.entries()) {
      expect(parseSnapshot(l.stateBefore), `log ${i} starts where the one before ended`).toEqual(state);
      state = scheduler.grade(state, l.rating as Rating, l.reviewedAt).after;
      expect(parseSnapshot(l.stateAfter)).toEqual(state);
    }
    expect(logs.map((l) => l.prevState)).toEqual(logs.map((l) => parseSnapshot(l.stateBefore)?.state ?? 0));
    expect(logs[0].prevState).toBe(0); // the card was started by the phone's grade, not the laptop's
    const row = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: me.id, cardId: card } } });
    expect(fromRow(row)).toEqual(state);
    // The phone is told the card's state on the server now, and adopts it.
    expect(receipts.at(-1)!.cardState).toEqual(state);
    // The latest grade can still be undone exactly; an earlier one gets a 409, and nothing changes.
    await expect(undoGrade(me, { id: phone[1].id })).rejects.toMatchObject({ status: 409 });
    const undone = await undoGrade(me, { id: laptop[1].id });
    expect(undone.state).toEqual(parseSnapshot(logs[2].stateAfter));
  });

  it("counts a card started offline against the day it was started", async () => {
    const me = await student();
    const card = cards[1].id;
    const noon = yesterdayNoon();
    await recordGrade(me, grade(card, 3, new Date(noon.getTime() + 25 * MIN)));
    await recordGrade(me, grade(card, 3, noon)); // made earlier, offline
    const logs = await logsOf(me.id, card);
    expect(logs.map((l) => l.prevState)).toEqual([0, 1]);
    const later = new Date(noon.getTime() + 60 * MIN);
    expect((await getStudyQueue(me, { mode: "review", now: later })).introducedToday).toBe(1);
  });
});

describe("the study snapshot", () => {
  it("carries the learner's settings, started cards and the next new cards, and rebuilds the server's queue offline", async () => {
    const me = await student();
    await db.user.update({ where: { id: me.id }, data: { newCardsPerDay: 1, desiredRetention: 0.85 } });
    // Graded at noon in the learner's zone and asked an hour later: the same local day whenever this runs.
    const noon = yesterdayNoon();
    await recordGrade(me, grade(cards[2].id, 1, noon));
    const now = new Date(noon.getTime() + 60 * MIN);
    const snap = await getStudySnapshot(me, { now });
    expect(snap.userId).toBe(me.id);
    expect(snap.settings).toMatchObject({ desiredRetention: 0.85, timeZone: "Europe/Berlin", newCardsPerDay: 1 });
    expect(snap.introduced.count).toBe(1);
    // The started card and 7 days' worth of new cards (1 a day), rendered.
    expect(snap.cards).toHaveLength(Math.min(ALL_CARDS.length, 1 + 7));
    expect(snap.cards.find((c) => c.id === cards[2].id)!.state).not.toBeNull();
    expect(snap.cards[0].frontHtml).toContain("<");
    // Offline, at the same moment, the device builds the queue the server builds.
    const online = await getStudyQueue(me, { mode: "review", now });
    const offline = offlineSession(snap, [], { mode: "review", now });
    expect(offline.cards.map((c) => c.id)).toEqual(online.queue.map((c) => c.id));
    // (Only "unseen in the deck" differs: the snapshot carries just the next days' new cards.)
    expect({ ...offline.counts, newInDeck: 0 }).toEqual({ ...online.counts, newInDeck: 0 });
    expect(offline.settings).toEqual(online.settings);
  });

  it("folds grades waiting on the device into the queue, and only this learner's data is in it", async () => {
    const me = await student();
    const other = await student();
    await recordGrade(other, grade(cards[0].id, 4, new Date()));
    const snap = await getStudySnapshot(me);
    expect(snap.cards.every((c) => c.state === null)).toBe(true); // the other student's state is not here
    const now = new Date();
    const first = offlineSession(snap, [], { mode: "review", now }).cards[0];
    const after = createScheduler(srsSettings(snap.settings)).grade(null, 4, now).after;
    const ops: Op[] = [
      {
        kind: "grade",
        id: randomUUID(),
        cardId: first.id,
        rating: 4,
        mode: "review",
        reviewedAt: now.toISOString(),
        durationMs: 1000,
        after,
      },
    ];
    const offline = offlineSession(snap, ops, { mode: "review", now });
    expect(offline.cards.map((c) => c.id)).not.toContain(first.id); // graded Easy: not due again today
    expect(offline.counts.new).toBe(Math.min(snap.settings.newCardsPerDay - 1, ALL_CARDS.length - 1));
    // An undo waiting behind it puts the card back, new.
    const undo: Op = { kind: "undo", id: randomUUID(), gradeId: ops[0].id, cardId: first.id, restore: null };
    expect(offlineSession(snap, [...ops, undo], { mode: "review", now }).cards[0].id).toBe(first.id);
  });
});
