import { describe, expect, it } from "vitest";
import { loadDecks } from "@/lib/content/load";
import { EXPERIMENTS, EXPERIMENT_SLUGS } from "@/lib/experiments/catalog";

// Markdown and math markers are not part of the words being quoted.
const plain = (s: string) => s.replace(/\*\*|\*|`|\$/g, "").replace(/\s+/g, " ");

describe("experiments and cards agree", () => {
  const cards = loadDecks().flatMap((d) => d.cards);

  it("there are eight experiments, and every card links to one of them", () => {
    expect(EXPERIMENT_SLUGS).toEqual([
      "frontier",
      "memory-speed",
      "weight-sharing",
      "small-data",
      "quantization",
      "capacity-sweep",
      "generalization-gap",
      "methods",
    ]);
    expect(cards.length).toBeGreaterThan(0); // the loop below checks something
    for (const c of cards) expect(EXPERIMENT_SLUGS, c.key).toContain(c.experiment);
  });

  it("every quoted claim is word for word in its card, and that card links to this experiment", () => {
    for (const def of EXPERIMENTS) {
      for (const claim of def.claims) {
        const card = cards.find((c) => c.key === claim.cardKey);
        expect(card, claim.cardKey).toBeDefined();
        expect(card!.experiment).toBe(def.slug);
        const text = plain([card!.source, card!.front, card!.back, card!.caveat].join(" "));
        expect(text, `${def.slug}: “${claim.quote}”`).toContain(plain(claim.quote));
      }
    }
  });

  it("every card is proved by the experiment it links to", () => {
    for (const c of cards)
      expect(
        EXPERIMENTS.find((e) => e.slug === c.experiment)!.claims.map((x) => x.cardKey),
        c.key,
      ).toContain(c.key);
  });
});
