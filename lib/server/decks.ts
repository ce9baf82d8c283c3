import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";

/** Decks with their active card counts. Content is shared by everyone signed in. */
export async function listDecks(actor: Actor) {
  assertSignedIn(actor);
  const decks = await db.deck.findMany({
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      course: true,
      _count: { select: { cards: { where: { active: true } } } },
    },
  });
  return decks.map(({ _count, ...d }) => ({ ...d, cardCount: _count.cards }));
}

export async function getDeckWithCards(actor: Actor, slug: string) {
  assertSignedIn(actor);
  const deck = await db.deck.findUnique({
    where: { slug },
    include: { cards: { where: { active: true }, orderBy: { position: "asc" } } },
  });
  if (!deck) throw notFound("There is no deck with that name.");
  return deck;
}
