/**
 * The link between a card's wording and the robustness summary of its proof: one front-matter
 * line per claim the card states, `proof-<claim id>: <verdict> <held>/<of>` — for example
 * `proof-faster-training: supported 17/20` ("the card says training is faster; that held in
 * 17 of 20 seeds"), or `proof-overall: supported 20/20` for the experiment's overall verdict.
 * tests/unit/experiments/robustness-cards.test.ts holds every marker against the summary and
 * requires "17 of 20 seeds" in the card's text wherever a claim did not hold in every seed.
 * The content loader ignores these keys (they are not stored). Pure.
 */
import type { Verdict } from "@/lib/experiments/types";

export type CardMarker = { claimId: string; verdict: Verdict; held: number; of: number };

export const OVERALL = "overall";
const PREFIX = "proof-";
const VALUE = /^(supported|it_depends|not_supported) (\d+)\/(\d+)$/;

export function cardMarkers(frontMatter: Record<string, string>, file: string): CardMarker[] {
  return Object.entries(frontMatter)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]) => {
      const m = VALUE.exec(value.trim());
      if (!m) throw new Error(`${file}: '${key}: ${value}' should read like '${key}: supported 17/20'`);
      const [held, of] = [Number(m[2]), Number(m[3])];
      if (held > of) throw new Error(`${file}: '${key}' says ${held} of ${of}`);
      return { claimId: key.slice(PREFIX.length), verdict: m[1] as Verdict, held, of };
    });
}

/** The phrase a card must contain for a claim that did not hold in every seed. */
export const countPhrase = (m: Pick<CardMarker, "held" | "of">) => `${m.held} of ${m.of} seeds`;
