import { describe, expect, it } from "vitest";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { definitionHash } from "@/lib/experiments/robustness/def-hash";
import { SUMMARIES } from "@/lib/experiments/robustness/summaries";
import { VERDICTS } from "@/lib/experiments/robustness/tally";
import { defaultSettings } from "@/lib/experiments/settings";

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

// The committed summaries are what the cards and proof pages quote: each must have been
// measured with the definition as it is now, over at least 20 seeds.
describe("robustness summaries are fresh", () => {
  it.each(EXPERIMENTS.map((d) => [d.slug, d] as const))("%s", (slug, def) => {
    const s = SUMMARIES[slug];
    expect(s, `no summary for ${slug}: run npm run proofs:robustness -- --only ${slug}`).toBeDefined();
    const now = definitionHash(slug);
    expect(
      s.hash,
      `lib/experiments/robustness/${slug}.json was measured with another definition (its code or one of ${now.files.join(", ")} changed): run npm run proofs:robustness -- --only ${slug}`,
    ).toBe(now.hash);
    expect(s.n).toBeGreaterThanOrEqual(20);
    expect(new Set(s.seeds).size).toBe(s.n);
    const { seed: _seed, ...settings } = defaultSettings(def);
    expect(s.settings).toEqual(settings);
    expect(sum(s.overall)).toBe(s.n);
    expect(s.claims.length).toBeGreaterThan(0);
    for (const c of s.claims) {
      expect(sum(c.counts), c.id).toBe(s.n);
      for (const v of VERDICTS) expect(c.seeds[v].length, `${c.id} ${v}`).toBe(c.counts[v]);
    }
  });

  it("there is no summary without an experiment", () => {
    expect(Object.keys(SUMMARIES).sort()).toEqual(EXPERIMENTS.map((d) => d.slug).sort());
  });
});
