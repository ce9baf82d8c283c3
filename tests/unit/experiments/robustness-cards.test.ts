import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "@/lib/content/front-matter";
import { CONTENT_DIR } from "@/lib/content/load";
import { parseCard } from "@/lib/content/parse-deck";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { cardMarkers, countPhrase, OVERALL, type CardMarker } from "@/lib/experiments/robustness/card-markers";
import { SUMMARIES } from "@/lib/experiments/robustness/summaries";

// Markdown and math markers are not part of the words being checked.
const plain = (s: string) => s.replace(/\*\*|\*|`|\$/g, "").replace(/\s+/g, " ");

const cards = readdirSync(CONTENT_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(CONTENT_DIR, d.name, "cards");
    return readdirSync(dir)
      .filter((n) => n.endsWith(".md"))
      .map((n) => {
        const file = join(d.name, "cards", n);
        const text = readFileSync(join(dir, n), "utf8");
        return { file, card: parseCard(file, text), markers: cardMarkers(parseFrontMatter(text, file).data, file) };
      });
  });

/**
 * A card says only what held: every claim it states carries a marker with its count from the
 * committed summary, and a claim that did not hold in every seed is worded with that count
 * ("usually — 17 of 20 seeds"), with a caveat that explains why it varies.
 */
describe("card wording agrees with the robustness summaries", () => {
  it("reads the cards (so the checks below cannot pass on nothing)", () => {
    expect(cards.filter((c) => c.markers.length).length).toBeGreaterThanOrEqual(EXPERIMENTS.length);
  });

  it.each(cards.filter((c) => c.card.experiment).map((c) => [c.file, c] as const))("%s", (file, { card, markers }) => {
    const summary = SUMMARIES[card.experiment!];
    const text = plain([card.back, card.caveat].join(" "));
    for (const m of markers) {
      const counts = m.claimId === OVERALL ? summary.overall : summary.claims.find((c) => c.id === m.claimId)?.counts;
      expect(
        counts,
        `${file}: proof-${m.claimId} names no claim of ${card.experiment} (${summary.claims.map((c) => c.id).join(", ")})`,
      ).toBeDefined();
      const actual = `${m.verdict} ${counts![m.verdict]}/${summary.n}`;
      expect(
        `${m.verdict} ${m.held}/${m.of}`,
        `${file}: proof-${m.claimId} disagrees with lib/experiments/robustness/${card.experiment}.json — reword the card for ${actual}`,
      ).toBe(actual);
      if (m.held < m.of) {
        expect(
          text,
          `${file}: proof-${m.claimId} held in ${m.held} of ${m.of} seeds, so the card must say so`,
        ).toContain(countPhrase(m));
        expect(card.caveat, `${file}: the caveat must explain why proof-${m.claimId} varies`).not.toBe("");
      }
    }
  });

  it("every claim of every experiment, and its overall verdict, is marked on a card that links to it", () => {
    for (const def of EXPERIMENTS) {
      const marked = new Set(
        cards.filter((c) => c.card.experiment === def.slug).flatMap((c) => c.markers.map((m: CardMarker) => m.claimId)),
      );
      const claims = [OVERALL, ...SUMMARIES[def.slug].claims.map((c) => c.id)];
      expect(
        claims.filter((id) => !marked.has(id)),
        `${def.slug}: claims without a proof-<id> marker on any of its cards`,
      ).toEqual([]);
    }
  });
});
