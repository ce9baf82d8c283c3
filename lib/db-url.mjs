// Plain JavaScript on purpose: the one place the database URL is decided, imported by the
// app and the seed (TypeScript), prisma.config.ts, and the start/dev/e2e scripts (plain Node).

/** The embedded default, overridden by DATABASE_URL. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/**
 * Which database a URL names: a SQLite file (`file:…`, the embedded default) or a PostgreSQL
 * server (`postgresql://…` or `postgres://…`). Anything else is null.
 * @param {string} url
 * @returns {"sqlite" | "postgresql" | null}
 */
export function databaseProvider(url) {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

/**
 * DATABASE_URL, or the default. A URL that names neither a SQLite file nor a PostgreSQL server
 * fails here with a clear message (and without echoing a password) instead of deep inside an adapter.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function databaseUrl(env = process.env) {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!databaseProvider(url)) {
    throw new Error(
      `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} or a PostgreSQL URL such as ` +
        `postgresql://user:password@host:5432/paramlab (got "${url.split(":")[0]}:…").`,
    );
  }
  return url;
}
