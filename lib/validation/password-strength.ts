import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/**
 * The common-password check for new passwords: zxcvbn-ts with its kept dictionaries (the
 * most common passwords, English words and names, keyboard patterns), server side only (the
 * dictionaries are megabytes; never import this from a client component). Score 0–4; below
 * MIN_SCORE a password falls to a small online guessing budget, throttled or not.
 */
export const MIN_SCORE = 2;

let checker: ZxcvbnFactory | null = null;

function zxcvbn() {
  // Built on first use (about a second: it indexes the dictionaries), then kept.
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, userInputs: ["paramlab", "parameter", "params"] },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/** Why this password is too easy to guess, or null when it is fine. `related`: the user's name and email. */
export function passwordProblem(password: string, related: string[] = []): string | null {
  const inputs = related.flatMap((s) => [s, ...s.split(/[\s@._-]+/)]).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ?? "It is easy to guess.";
  return `That password is too easy to guess. ${why} A longer phrase of a few unrelated words is both easier to remember and harder to guess.`;
}
