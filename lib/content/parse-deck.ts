import { z } from "zod";
import { parseFrontMatter, splitSections } from "@/lib/content/front-matter";
import { cardSchema, deckMetaSchema, type CardContent, type DeckContent } from "@/lib/content/schema";

/** Pure: file texts in, a validated deck out, or an Error naming the file and the problem. */
export type DeckFiles = { deck: { name: string; text: string }; cards: { name: string; text: string }[] };

function explain(file: string, error: z.ZodError): Error {
  const lines = error.issues.map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`);
  return new Error(`${file} is not valid:\n${lines.join("\n")}`);
}

export function parseCard(name: string, text: string): CardContent {
  const { data, body } = parseFrontMatter(text, name);
  const sections = splitSections(body, name);
  const unknown = Object.keys(sections).filter((s) => !["front", "back", "caveat"].includes(s));
  if (unknown.length) throw new Error(`${name}: unknown section(s) ${unknown.map((s) => `'# ${s}'`).join(", ")}`);
  const parsed = cardSchema.safeParse({ ...data, front: sections.front, back: sections.back, caveat: sections.caveat });
  if (!parsed.success) throw explain(name, parsed.error);
  return parsed.data;
}

export function parseDeck(files: DeckFiles): DeckContent {
  const { data, body } = parseFrontMatter(files.deck.text, files.deck.name);
  const meta = deckMetaSchema.safeParse({ ...data, description: body.trim() });
  if (!meta.success) throw explain(files.deck.name, meta.error);
  const cards = files.cards.map((f) => parseCard(f.name, f.text)).sort((a, b) => a.position - b.position);
  const seen = new Map<string, string>();
  cards.forEach((c, i) => {
    if (seen.has(c.key)) throw new Error(`card key '${c.key}' is used twice (${seen.get(c.key)} and ${files.cards[i].name})`);
    seen.set(c.key, files.cards[i].name);
  });
  const positions = new Set(cards.map((c) => c.position));
  if (positions.size !== cards.length) throw new Error(`${meta.data.slug}: two cards share a position`);
  if (!cards.length) throw new Error(`${meta.data.slug}: the deck has no cards`);
  return { ...meta.data, cards };
}
