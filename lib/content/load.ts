import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseDeck } from "@/lib/content/parse-deck";
import type { DeckContent } from "@/lib/content/schema";

export const CONTENT_DIR = join(process.cwd(), "content");

/** Reads every deck folder under content/ (a folder with a deck.md). */
export function loadDecks(dir = CONTENT_DIR): DeckContent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "deck.md")))
    .map((d) => loadDeck(join(dir, d.name)));
}

export function loadDeck(folder: string): DeckContent {
  const read = (p: string) => readFileSync(p, "utf8");
  const cardDir = join(folder, "cards");
  const cardNames = existsSync(cardDir) ? readdirSync(cardDir).filter((n) => n.endsWith(".md")).sort() : [];
  return parseDeck({
    deck: { name: join(folder, "deck.md"), text: read(join(folder, "deck.md")) },
    cards: cardNames.map((n) => ({ name: join(cardDir, n), text: read(join(cardDir, n)) })),
  });
}
