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
await run(bin("vitest"), ["run", "tests/integration", ...process.argv.slice(2)], {
  ...process.env,
  TEST_DATABASE: "postgresql",
  TEST_POSTGRES_URL: url,
});
