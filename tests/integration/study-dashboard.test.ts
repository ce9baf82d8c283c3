import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { createUser } from "@/lib/server/users";
import { recordGrade, undoGrade } from "@/lib/server/study";
import { getStudyDashboard } from "@/lib/server/study-dashboard";
import { getStudyStats } from "@/lib/server/study-stats";
import { getStudyQueue } from "@/lib/server/study-queue";
import { listDecks } from "@/lib/server/decks";
import { gradeSchema, type GradeInput } from "@/lib/validation/study";
import type { Actor } from "@/lib/server/actor";

/**
 * The study dashboard (/study) and the progress page (/stats) read their numbers separately (the
 * dashboard: no heatmap, the streak from a short window of ReviewDay rows first): on the same data
 * they show the same numbers (issue 11). review-day.test.ts checks the progress page against the logs.
 */
const DAY = 86_400_000;
let n = 0;
async function student(timeZone = "Europe/Berlin"): Promise<Actor> {
  return createUser({
    name: "S",
    email: `d${++n}-${randomUUID().slice(0, 6)}@example.edu`,
    password: "abcdefg1",
    role: "student",
    timeZone,
  });
}
/** The actor as currentActor builds it: settings and preferred name read with the row. */
async function asSignedIn(me: Actor): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { id: me.id } });
  const study = { desiredRetention: u.desiredRetention, fsrsWeights: u.fsrsWeights, newCardsPerDay: u.newCardsPerDay };
  return { ...me, preferredName: u.preferredName, study };
}
const grade = (cardId: string, rating: number, at: Date, mode = "review") =>
  gradeSchema.parse({ id: randomUUID(), cardId, rating, mode, reviewedAt: at.toISOString() });

let cards: { id: string }[] = [];
beforeAll(async () => {
  await seedDecks(db, loadDecks());
  cards = await db.card.findMany({ orderBy: { position: "asc" }, select: { id: true } });
});

const same = async (me: Actor) => {
  const [dash, stats] = await Promise.all([getStudyDashboard(me), getStudyStats(me)]);
  expect(dash).toEqual({
    today: stats.today,
    counts: stats.counts,
    reviewedToday: stats.reviewedToday,
    streak: stats.streak,
    forecast: stats.forecast,
  });
  return dash;
};

describe("study dashboard from the rollup", () => {
  it("shows the progress page's numbers: today's grades (practice in, undone out), streak, due, forecast", async () => {
    const me = await student("Pacific/Kiritimati"); // UTC+14
    const other = await student();
    const now = Date.now();
    await recordGrade(other, grade(cards[0].id, 3, new Date(now)));
    expect((await same(me)).streak).toBe(0);
    // Three days in a row, a gap, then today: the streak is today's run only.
    for (const d of [6, 5, 4]) await recordGrade(me, grade(cards[0].id, 3, new Date(now - d * DAY)));
    await recordGrade(me, grade(cards[1].id, 4, new Date(now - 2 * DAY)));
    await recordGrade(me, grade(cards[1].id, 3, new Date(now - DAY)));
    await recordGrade(me, grade(cards[2].id, 1, new Date(now), "practice"));
    const undone = grade(cards[3].id, 3, new Date(now));
    await recordGrade(me, undone);
    await undoGrade(me, { id: undone.id });
    const dash = await same(me);
    expect(dash.reviewedToday).toBe(1);
    expect(dash.streak).toBe(3);
    const signedIn = await same(await asSignedIn(me));
    expect(signedIn).toEqual(dash);
  });

  it("follows a streak longer than its first window, back to the heatmap's first week", async () => {
    const me = await student();
    const now = Date.now();
    // Older than the API takes (60 days), so as an import would store them: straight to recordGrade.
    for (let d = 80; d >= 1; d--) {
      const input: GradeInput = {
        id: randomUUID(),
        cardId: cards[d % 4].id,
        rating: 3,
        mode: "practice",
        reviewedAt: new Date(now - d * DAY),
      };
      await recordGrade(me, input);
    }
    const dash = await same(me);
    expect(dash.reviewedToday).toBe(0);
    expect(dash.streak).toBe(80); // alive until today is over
  });

  it("reads the queue and the decks in one statement each, as the model queries did", async () => {
    const me = await student();
    await recordGrade(me, grade(cards[0].id, 1, new Date()));
    const q = await getStudyQueue(await asSignedIn(me), { mode: "review" });
    const rows = await db.card.findMany({
      where: { active: true },
      orderBy: [{ deck: { title: "asc" } }, { position: "asc" }],
      include: { states: { where: { userId: me.id } } },
    });
    expect(q.cards.map((c) => c.id)).toEqual(rows.map((r) => r.id));
    expect(q.cards.filter((c) => c.state).map((c) => [c.id, c.state?.due])).toEqual(
      rows.filter((r) => r.states[0]).map((r) => [r.id, r.states[0].due.toISOString()]),
    );
    expect(q.introducedToday).toBe(1);
    const decks = await listDecks(me);
    const counted = await db.deck.findMany({
      orderBy: { title: "asc" },
      select: { slug: true, _count: { select: { cards: { where: { active: true } } } } },
    });
    expect(decks.map((d) => [d.slug, d.cardCount])).toEqual(counted.map((d) => [d.slug, d._count.cards]));
  });
});
