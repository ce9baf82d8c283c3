// `npm run test:pg`: the integration suite again, on PostgreSQL: each test file on its own database,
// copied from one migrated with the real PostgreSQL migrations (tests/support/global-setup.ts).
// The server is TEST_POSTGRES_URL (see scripts/postgres.mjs; the role must be allowed to create
// databases). Without one: skipped with a note locally, an error under CI=true.
import { bin, run } from "./lib.mjs";
import { describeServer, missingPostgres, postgresProblem, testPostgresUrl } from "./postgres.mjs";

const url = testPostgresUrl();
const problem = await postgresProblem(url);
if (problem) {
  missingPostgres("The PostgreSQL pass of the integration suite (npm run test:pg)", url, problem);
  process.exit(0);
}
console.log(`\nIntegration suite on PostgreSQL (${describeServer(url)})\n`);
// Files named on the command line replace the default (the whole integration folder). The SQLite
// migration drift check (migrations.test.ts) reads only SQLite files: the SQLite pass covers it.
const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith("-")) ? [] : ["tests/integration"];
await run(bin("vitest"), ["run", ...files, "--exclude", "tests/integration/migrations.test.ts", ...args], {
  ...process.env,
  TEST_DATABASE: "postgresql",
  TEST_POSTGRES_URL: url,
});
