import { describe, expect, it } from "vitest";
import { definitionHash, fingerprint } from "@/lib/experiments/robustness/def-hash";

const original = `
import { mlp } from "@/lib/experiments/layers";
import type { Settings } from "@/lib/experiments/types";
const SAME_ACC = 0.02;
export const def = {
  title: "A title",
  claims: [{ cardKey: "k", quote: "A quote." }],
  verdict(results: { a: number; b: number }, s: Settings) {
    const ok = (results.a - results.b) * 2 <= SAME_ACC && s.seed > 0;
    return ok ? "supported" : "it_depends";
  },
  tasks: (s: Settings) => [{ model: mlp(2, [8]), epochs: s.epochs }],
};
`;

describe("the definition hash", () => {
  it("ignores formatting, comments, types, quotes and redundant parentheses", () => {
    const reformatted = `
// a comment
import { mlp } from '@/lib/experiments/layers'
import type { Settings, Verdict } from "@/lib/experiments/types"
const SAME_ACC = 0.020
export const def = {
  title: "A title",
  claims: [{ cardKey: "k", quote: "A quote." }],
  /** why */
  verdict(results: { a: number; b: number; c?: string }, s: Settings): Verdict {
    const ok = ((results.a - results.b) * 2) <= SAME_ACC && (s.seed > 0);
    return (ok ? "supported" : "it_depends") as Verdict;
  },
  tasks: (s: Settings) => [
    {
      model: mlp(2, [8]),
      epochs: s.epochs,
    },
  ],
}
`;
    expect(fingerprint(reformatted)).toBe(fingerprint(original));
  });

  it("ignores page copy: the title and the quoted claims", () => {
    const reworded = original.replace("A title", "Another title").replace("A quote.", "A quote, usually.");
    expect(fingerprint(reworded)).toBe(fingerprint(original));
  });

  it("changes with any number, name or operator that decides a result", () => {
    for (const [from, to] of [
      ["0.02", "0.03"],
      ["[8]", "[16]"],
      ["<= SAME_ACC", "< SAME_ACC"],
      ["* 2", "* 3"],
      ['"it_depends"', '"not_supported"'],
      ["s.epochs", "s.seed"],
      ["(results.a - results.b) * 2", "results.a - results.b * 2"],
    ]) {
      expect(original).toContain(from);
      expect(fingerprint(original.replace(from, to)), `${from} → ${to}`).not.toBe(fingerprint(original));
    }
  });

  it("covers the definition, the runner and what they import at run time, not the formatting helpers", () => {
    const { files, hash } = definitionHash("memory-speed");
    expect(files).toContain("lib/experiments/defs/memory-speed.ts");
    expect(files).toContain("lib/experiments/runner.ts");
    expect(files).toContain("lib/experiments/train.ts");
    expect(files).toContain("lib/experiments/datasets.ts");
    expect(files).not.toContain("lib/experiments/format.ts");
    expect(files).not.toContain("lib/experiments/types.ts"); // types only: nothing at run time
    expect(files.some((f) => f.includes("defs/frontier"))).toBe(false);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(definitionHash("frontier").hash).not.toBe(hash);
  });
});
