/**
 * Only same-site paths: "/study" yes; "//evil.example" no. An absolute URL (Auth.js sends
 * one) is reduced to its path, so it can only ever point back into this app.
 */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  let path = value ?? "";
  if (/^https?:\/\//i.test(path)) {
    try {
      const u = new URL(path);
      path = u.pathname + u.search + u.hash;
    } catch {
      return fallback;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (/^\/(sign-in|sign-up|api\/)/.test(path)) return fallback;
  return path;
}
