/** This browser's localStorage, or null where it is missing or blocked (some private modes throw on access). */
export function deviceStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
