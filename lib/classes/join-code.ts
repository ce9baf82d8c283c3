/**
 * Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I), so a code
 * read off a projector or dictated in class is typed right. 32 symbols ^ 8 ≈ 1.1 × 10¹²
 * codes: guessing one at random is hopeless. Shown as "K7MP-2QXD"; typed in any case,
 * with or without the dash or spaces.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;
export const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** `randomIndex(n)` must return a uniform integer in [0, n) — crypto.randomInt in production. */
export function makeJoinCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomIndex(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What the student typed, reduced to the stored form (may still be invalid). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—_.]/g, "");
}

export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
