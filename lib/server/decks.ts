import "server-only";
import { db } from "@/lib/db";
import { assertSignedIn, type Actor } from "@/lib/server/actor";
import { notFound } from "@/lib/server/errors";

/** Decks with their active card counts. Content is shared by everyone signed in. */
export async function listDecks(actor: Actor) {
  assertSignedIn(actor);
  // One raw statement (a model query with a relation count costs ~3x the CPU here, issue 11).
  const decks = await db.$queryRaw<DeckRow[]>`
    SELECT d."id", d."slug", d."title", d."description", d."course",
      (SELECT COUNT(*) FROM "Card" c WHERE c."deckId" = d."id" AND c."active" = ${true}) AS "cardCount"
    FROM "Deck" d ORDER BY d."title" ASC`;
  return decks.map((d) => ({ ...d, cardCount: Number(d.cardCount) }));
}

type DeckRow = {
  id: string;
  slug: string;
  title: string;
  description: string;
  course: string;
  cardCount: bigint | number;
};

export async function getDeckWithCards(actor: Actor, slug: string) {
  assertSignedIn(actor);
  const deck = await db.deck.findUnique({
    where: { slug },
    include: { cards: { where: { active: true }, orderBy: { position: "asc" } } },
  });
  if (!deck) throw notFound("There is no deck with that name.");
  return deck;
}
