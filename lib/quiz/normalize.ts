/**
 * How typed answers are read. Students type on phones (autocapitalize, smart quotes,
 * accented letters, thousands separators), so the comparison forgives form, not content.
 */

/**
 * Text answers: Unicode-compatibility folded (NFKC: "ﬁ" → "fi", full-width → ASCII),
 * accents dropped ("généralisation" → "generalisation"), lower-cased, punctuation and
 * symbols turned into spaces ("train/test-gap" → "train test gap"), whitespace collapsed,
 * and one leading article ("the", "a", "an") dropped.
 */
export function normalizeText(input: string): string {
  const folded = input
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return folded.replace(/^(the|a|an) /, "");
}

/** Two texts match when equal after normalization, or equal once spaces are removed too. */
export function textMatches(given: string, accepted: string): boolean {
  const a = normalizeText(given);
  const b = normalizeText(accepted);
  if (!a) return false;
  return a === b || a.replace(/ /g, "") === b.replace(/ /g, "");
}

/**
 * Numeric answers as typed: "101770", "101,770", "101 770", "101_770", "1.2e5", "-3",
 * "0,5" (a decimal comma), "1e-3". A comma followed by exactly three digits (and more
 * groups of three) is a thousands separator; a single comma otherwise is a decimal comma.
 * Returns null for anything else (units and words are not guessed at).
 */
export function parseNumberInput(input: string): number | null {
  let s = input
    .normalize("NFKC")
    .trim()
    .replace(/[\u2212\u2013]/g, "-") // a typographic minus from a phone keyboard
    .replace(/[\s_'\u00a0\u202f]/g, "");
  if (!s) return null;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
