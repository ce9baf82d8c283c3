// Shared by the scripts and tests that need a PostgreSQL server (test:pg, test:cluster, db:copy's test).
import pg from "pg";

/** The server and role the tests use unless TEST_POSTGRES_URL says otherwise (.ci/run creates it). */
export const DEFAULT_TEST_POSTGRES_URL = "postgresql://paramlab:paramlab@127.0.0.1:5432/paramlab";

/** TEST_POSTGRES_URL or the default. */
export const testPostgresUrl = (env = process.env) => env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;

/** "host:port as role": where a URL points, without its password. */
export function describeServer(url) {
  const u = new URL(url);
  return `${u.host} as ${decodeURIComponent(u.username)}`;
}

/**
 * Does a PostgreSQL server answer at `url`? Returns null if so, else why not.
 * @param {string} url
 * @returns {Promise<string | null>}
 */
export async function postgresProblem(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (e) {
    return e instanceof Error ? e.message || e.constructor.name : String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A PostgreSQL pass that cannot run: skipped with a note on a developer's machine, a failure under CI.
 * @param {string} what the pass, e.g. "The PostgreSQL integration pass"
 * @param {string} url
 * @param {string} problem
 */
export function missingPostgres(what, url, problem) {
  const how = "Set TEST_POSTGRES_URL, or see README › Scale path (.ci/run installs and starts PostgreSQL).";
  if (process.env.CI) {
    console.error(
      `\n✗ ${what} is required under CI, and no PostgreSQL answers at ${describeServer(url)}: ${problem}. ${how}\n`,
    );
    process.exit(1);
  }
  console.warn(`\n⚠ ${what} was SKIPPED: no PostgreSQL at ${describeServer(url)} (${problem}). ${how}\n`);
}
