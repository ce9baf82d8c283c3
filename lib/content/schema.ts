import { z } from "zod";

export const CARD_KINDS = ["definition", "fact", "review"] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by '-'");

export const deckMetaSchema = z.object({
  slug,
  title: z.string().min(1),
  course: z.string().default(""),
  description: z.string().min(1, "the deck needs a description under its front matter"),
});

export const cardSchema = z.object({
  key: slug,
  kind: z.enum(CARD_KINDS),
  position: z.coerce.number().int().min(1),
  title: z.string().min(1),
  experiment: slug.optional(),
  source: z.string().default(""),
  front: z.string({ error: "'# Front' is missing" }).min(1, "'# Front' is empty"),
  back: z.string({ error: "'# Back' is missing" }).min(1, "'# Back' is empty"),
  caveat: z.string().default(""),
});

export type DeckMeta = z.infer<typeof deckMetaSchema>;
export type CardContent = z.infer<typeof cardSchema>;
export type DeckContent = DeckMeta & { cards: CardContent[] };
