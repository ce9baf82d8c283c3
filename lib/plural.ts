/**
 * Counts in words ("1 card", "2 cards", "1,024 reviews") through Intl: PluralRules picks the
 * form and NumberFormat groups the digits, so no page compares n to 1 by hand. The app's
 * text is English, which has two forms ("one" and "other"). Pure.
 */
const LOCALE = "en-US";
const rules = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** The word that goes with n: plural(1, "card", "cards") → "card"; plural(0, …) → "cards". */
export function plural(n: number, one: string, other: string): string {
  return rules.select(n) === "one" ? one : other;
}

/** n and its word: count(1234, "review", "reviews") → "1,234 reviews". */
export function count(n: number, one: string, other: string): string {
  return `${numbers.format(n)} ${plural(n, one, other)}`;
}
