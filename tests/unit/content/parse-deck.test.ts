import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseCard, parseDeck } from "@/lib/content/parse-deck";
import { loadDeck } from "@/lib/content/load";

const card = (front: string, extra = "") => `---
key: a-card
kind: fact
position: 1
title: A card
${extra}---
${front}`;

describe("content parser", () => {
  it("reads the real parameter-efficiency deck: a card per file, in position order, the definition first", () => {
    const folder = join(process.cwd(), "content", "parameter-efficiency");
    const deck = loadDeck(folder);
    expect(deck.slug).toBe("parameter-efficiency");
    const files = readdirSync(join(folder, "cards")).filter((n) => n.endsWith(".md"));
    expect(new Set(deck.cards.map((c) => c.key)).size).toBe(files.length);
    const positions = deck.cards.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(deck.cards[0]).toMatchObject({ key: "pe-definition", kind: "definition" });
    expect(new Set(deck.cards.map((c) => c.kind))).toEqual(new Set(["definition", "fact", "review"]));
    // Every card links to a proof, and the two loose claims of the guide carry a caveat.
    expect(deck.cards.every((c) => c.experiment)).toBe(true);
    const caveat = (key: string) => deck.cards.find((c) => c.key === key)!.caveat;
    expect(caveat("pe-fact-sharing-norm")).toMatch(/layer normalization adds/i);
    expect(caveat("pe-review-methods")).toMatch(/Dropout removes no parameters/);
  });

  it("parses front, back and caveat sections", () => {
    const c = parseCard("x.md", card("# Front\nQ?\n\n# Back\nA.\n\n# Caveat\nC.", "experiment: memory-speed\n"));
    expect(c).toMatchObject({ key: "a-card", kind: "fact", position: 1, front: "Q?", back: "A.", caveat: "C.", experiment: "memory-speed" });
  });

  it("names the file and the field when content is invalid", () => {
    expect(() => parseCard("bad.md", card("# Front\nQ?\n"))).toThrow(/bad\.md is not valid:[\s\S]*back: '# Back' is missing/);
    expect(() => parseCard("bad.md", card("# Front\nQ\n# Back\nA", "kind: trivia\n").replace("kind: fact\n", ""))).toThrow(/kind/);
    expect(() => parseCard("bad.md", "no front matter")).toThrow(/bad\.md: must start with/);
    expect(() => parseCard("bad.md", card("# Front\nQ\n# Back\nA\n# Hint\nH"))).toThrow(/unknown section/);
  });

  it("refuses two cards with one key", () => {
    const text = card("# Front\nQ\n# Back\nA");
    expect(() =>
      parseDeck({
        deck: { name: "deck.md", text: "---\nslug: d\ntitle: D\n---\nAbout." },
        cards: [
          { name: "1.md", text },
          { name: "2.md", text: text.replace("position: 1", "position: 2") },
        ],
      }),
    ).toThrow(/card key 'a-card' is used twice/);
  });
});
