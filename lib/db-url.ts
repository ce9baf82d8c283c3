/** The embedded default, overridden by DATABASE_URL (shared by the app, the seed and the tests). */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} (got "${url.split(":")[0]}:…"). ` +
        "See README › Scale path for PostgreSQL.",
    );
  }
  return url;
}
