import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "@/prisma/seed-content";
import { seedDemo, DEMO_ACCOUNTS } from "@/prisma/seed-demo";
import { ALL_CARDS } from "../support/content";

const db = createPrismaClient();

async function snapshot() {
  return {
    decks: await db.deck.findMany({ select: { id: true, slug: true, title: true }, orderBy: { slug: "asc" } }),
    cards: await db.card.findMany({
      select: { id: true, key: true, front: true, back: true, active: true },
      orderBy: { key: "asc" },
    }),
  };
}

describe("content seed (real SQLite file)", () => {
  it("creates a row per card file, and a second run leaves the same rows and keeps progress", async () => {
    const decks = loadDecks();
    const first = await seedDecks(db, decks);
    expect(first.cards).toEqual({ created: ALL_CARDS.length, updated: 0, retired: 0 });
    const before = await snapshot();
    expect(before.cards.map((c) => c.key)).toEqual(ALL_CARDS.map((c) => c.key).sort());

    // A student has progress on a card.
    const user = await db.user.create({ data: { email: "p@example.edu", name: "P", passwordHash: "x" } });
    const card = before.cards[0];
    await db.cardState.create({
      data: { userId: user.id, cardId: card.id, due: new Date(), stability: 3.2, difficulty: 5.1, reps: 4, state: 2 },
    });

    const second = await seedDecks(db, decks);
    expect(second.cards).toEqual({ created: 0, updated: ALL_CARDS.length, retired: 0 });
    expect(await snapshot()).toEqual(before); // same ids, same text
    const state = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: card.id } },
    });
    expect(state).toMatchObject({ stability: 3.2, reps: 4, state: 2 });
  });

  it("updates edited text in place and retires (not deletes) a card that left the content", async () => {
    const [deck] = loadDecks();
    await seedDecks(db, [deck]);
    const edited = {
      ...deck,
      cards: deck.cards.slice(1).map((c, i) => (i === 0 ? { ...c, front: c.front + " (edited)" } : c)),
    };
    const report = await seedDecks(db, [edited]);
    expect(report.cards.retired).toBe(1);
    const gone = await db.card.findUniqueOrThrow({ where: { key: deck.cards[0].key } });
    expect(gone.active).toBe(false);
    const changed = await db.card.findUniqueOrThrow({ where: { key: deck.cards[1].key } });
    expect(changed.front).toMatch(/\(edited\)$/);
    // Put it back: it comes back active with the same id.
    await seedDecks(db, [deck]);
    expect((await db.card.findUniqueOrThrow({ where: { key: deck.cards[0].key } })).id).toBe(gone.id);
  });

  it("creates the demo accounts once and never overwrites them", async () => {
    await seedDemo(db);
    const before = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      orderBy: { email: "asc" },
    });
    expect(before.map((u) => u.role).sort()).toEqual(["admin", "instructor", "student"]);
    await seedDemo(db);
    const after = await db.user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      orderBy: { email: "asc" },
    });
    expect(after.map((u) => u.passwordHash)).toEqual(before.map((u) => u.passwordHash));
  });
});
