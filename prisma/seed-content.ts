import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DeckContent } from "@/lib/content/schema";

export type SeedReport = { decks: number; cards: { created: number; updated: number; retired: number } };

/**
 * Writes the content files into the database, keyed by stable slugs and card keys, so
 * re-seeding updates text in place and never touches anyone's progress. A card that
 * left the content files is retired (active = false), not deleted, so its history stays.
 */
export async function seedDecks(db: PrismaClient, decks: DeckContent[]): Promise<SeedReport> {
  const report: SeedReport = { decks: 0, cards: { created: 0, updated: 0, retired: 0 } };
  for (const deck of decks) {
    const row = await db.deck.upsert({
      where: { slug: deck.slug },
      create: { slug: deck.slug, title: deck.title, description: deck.description, course: deck.course },
      update: { title: deck.title, description: deck.description, course: deck.course },
    });
    report.decks++;
    const existing = new Set(
      (await db.card.findMany({ where: { deckId: row.id }, select: { key: true } })).map((c) => c.key),
    );
    for (const card of deck.cards) {
      const fields = {
        kind: card.kind,
        position: card.position,
        title: card.title,
        front: card.front,
        back: card.back,
        caveat: card.caveat,
        source: card.source,
        experimentSlug: card.experiment ?? null,
        active: true,
      };
      await db.card.upsert({
        where: { key: card.key },
        create: { key: card.key, deckId: row.id, ...fields },
        update: { deckId: row.id, ...fields },
      });
      if (existing.has(card.key)) report.cards.updated++;
      else report.cards.created++;
      existing.delete(card.key);
    }
    if (existing.size) {
      const { count } = await db.card.updateMany({
        where: { key: { in: [...existing] }, active: true },
        data: { active: false },
      });
      report.cards.retired += count;
    }
  }
  return report;
}
