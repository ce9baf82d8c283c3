// Plain JavaScript on purpose: the one place the database URL is decided, imported by the
// app and the seed (TypeScript), prisma.config.ts, and the start/dev/e2e scripts (plain Node).

/** The embedded default, overridden by DATABASE_URL. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/**
 * DATABASE_URL, or the default. Only SQLite file URLs work today (see README › Scale path),
 * so anything else fails here with a clear message instead of deep inside the adapter.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function databaseUrl(env = process.env) {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} (got "${url.split(":")[0]}:…"). ` +
        "See README › Scale path for PostgreSQL.",
    );
  }
  return url;
}
